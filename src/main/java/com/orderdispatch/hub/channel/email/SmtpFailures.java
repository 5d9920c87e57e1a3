package com.orderdispatch.hub.channel.email;

import java.io.IOException;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Tells a kept connection that died while it was idle (the server timed it out or restarted) from a server that
 * refused this message. Only the first is worth one more try on a new connection at once; a refusal is a failed
 * attempt the dispatch engine retries with its backoff.
 */
final class SmtpFailures {

	/** 421: the server is closing the channel. -1: it answered nothing (end of stream). */
	private static final int CLOSING = 421;

	private static final int NO_ANSWER = -1;

	private SmtpFailures() {
	}

	static boolean connectionWentStale(MessagingException failure) {
		boolean broken = false;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			Integer code = replyCode(cause);
			if (code != null && code != CLOSING && code != NO_ANSWER) {
				return false;
			}
			broken |= code != null || cause instanceof IOException;
		}
		return broken;
	}

	/** The SMTP reply code a failure carries, null when it carries none. */
	private static Integer replyCode(Throwable failure) {
		if (failure instanceof SMTPSendFailedException sendFailed) {
			return sendFailed.getReturnCode();
		}
		if (failure instanceof SMTPAddressFailedException addressFailed) {
			return addressFailed.getReturnCode();
		}
		if (failure instanceof SMTPSenderFailedException senderFailed) {
			return senderFailed.getReturnCode();
		}
		return null;
	}

}
