package com.orderdispatch.hub.reply;

import java.util.List;

/** What became of one supplier reply: the answer email is made from it. */
sealed interface ReplyOutcome {

	/** Applied; {@code notUnderstood} names the lines (or refused commands) that were not. */
	record Applied(String supplierOrderNumber, int commands, List<String> notUnderstood) implements ReplyOutcome {
	}

	/** This Message-ID was applied before: nothing changed. */
	record AlreadyApplied(String messageId) implements ReplyOutcome {
	}

	/** Not a reply the hub may act on (no signed reference, or a sender not the supplier's): never applied. */
	record Refused(String reason) implements ReplyOutcome {
	}

}
