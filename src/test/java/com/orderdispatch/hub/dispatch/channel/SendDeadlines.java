package com.orderdispatch.hub.dispatch.channel;

import java.time.Duration;

/** Runs a send under a {@link SendDeadline}, as the engine does, for channel tests outside the started hub. */
public final class SendDeadlines {

	public interface Send {

		void run() throws Exception;

	}

	/** How the send ended: its failure (null when it went through) and whether its deadline had passed. */
	public record Outcome(Exception failure, boolean expired) {
	}

	private SendDeadlines() {
	}

	public static Outcome within(Duration limit, Send send) {
		var deadline = SendDeadline.start(limit);
		try {
			send.run();
			return new Outcome(null, deadline.expired());
		}
		catch (Exception ex) {
			return new Outcome(ex, deadline.expired());
		}
		finally {
			deadline.end();
		}
	}

}
