package com.orderdispatch.hub.dispatch.channel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One total deadline per send: connect, request, response headers and body together. The engine starts it on the
 * worker thread before the channel route runs and ends it after; a channel registers with {@link #onExpiry} how to
 * cut its send short (abort the HTTP exchange, close the SMTP socket), because its client's own timeouts bound only
 * each read. At the deadline those aborts run, the send fails, and the attempt is recorded as failed. The deadline
 * is shorter than the lease (the configuration refuses otherwise), so a send never outlives its lease and the same
 * delivery is never in flight twice.
 */
public final class SendDeadline {

	private static final Logger log = LoggerFactory.getLogger(SendDeadline.class);

	private static final ThreadLocal<SendDeadline> CURRENT = new ThreadLocal<>();

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "send-deadline");
		thread.setDaemon(true);
		return thread;
	});

	private final Duration limit;

	private final List<Runnable> aborts = new CopyOnWriteArrayList<>();

	private final ScheduledFuture<?> timer;

	private volatile boolean expired;

	private SendDeadline(Duration limit) {
		this.limit = limit;
		this.timer = WATCHDOG.schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Starts the deadline of the send about to run on this thread. */
	public static SendDeadline start(Duration limit) {
		var deadline = new SendDeadline(limit);
		CURRENT.set(deadline);
		return deadline;
	}

	/** The deadline of the send running on this thread, if the engine started one. */
	public static Optional<SendDeadline> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	public Duration limit() {
		return limit;
	}

	/** How to cut this send short; runs at once when the deadline has already passed. */
	public void onExpiry(Runnable abort) {
		aborts.add(abort);
		if (expired) {
			runQuietly(abort);
		}
	}

	public boolean expired() {
		return expired;
	}

	/** The send finished (or failed) before its deadline: nothing is cut. */
	public void end() {
		timer.cancel(false);
		if (CURRENT.get() == this) {
			CURRENT.remove();
		}
	}

	private void expire() {
		expired = true;
		aborts.forEach(SendDeadline::runQuietly);
	}

	private static void runQuietly(Runnable abort) {
		try {
			abort.run();
		}
		catch (RuntimeException ex) {
			log.debug("Cutting a send short failed: {}", ex.toString());
		}
	}

	/** The failure of a send cut at its deadline. */
	public static final class Exceeded extends RuntimeException {

		public Exceeded(Duration limit, Throwable cause) {
			super("deadline of " + limit.toMillis() + " ms exceeded (connect, request and response together)",
					cause);
		}

	}

}
