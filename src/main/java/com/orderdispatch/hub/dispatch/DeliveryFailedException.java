package com.orderdispatch.hub.dispatch;

import java.time.Duration;

/**
 * A channel's account of a failed attempt, for the engine to schedule the next one. Any other exception from a
 * channel counts as a plain retryable failure.
 */
public class DeliveryFailedException extends RuntimeException {

	/** What the engine does next. */
	public enum Next {

		/** Retry on the normal backoff schedule, or after {@link #retryAfter()} when the receiver asked for it. */
		RETRY,

		/** The receiver said it is gone for good (HTTP 410): stop, and stop the supplier's other pending deliveries. */
		DISABLE

	}

	private final Next next;

	private final Duration retryAfter;

	private final Integer httpStatus;

	public DeliveryFailedException(String message, Next next, Duration retryAfter, Integer httpStatus,
			Throwable cause) {
		super(message, cause);
		this.next = next;
		this.retryAfter = retryAfter;
		this.httpStatus = httpStatus;
	}

	public static DeliveryFailedException retry(String message, Throwable cause) {
		return new DeliveryFailedException(message, Next.RETRY, null, null, cause);
	}

	public Next next() {
		return next;
	}

	/** The delay the receiver asked for (Retry-After), or null for the normal schedule. */
	public Duration retryAfter() {
		return retryAfter;
	}

	public Integer httpStatus() {
		return httpStatus;
	}

}
