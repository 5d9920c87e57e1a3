package com.orderdispatch.hub.dispatch.channel;

import java.time.Duration;

/**
 * What a channel reports of one attempt; the engine decides what follows from it alone. {@code httpStatus} is the
 * receiver's answer where there is one (for the delivery log), else null.
 */
public sealed interface DeliveryOutcome {

	Integer httpStatus();

	/** Delivered: the delivery is done. */
	record Delivered(Integer httpStatus) implements DeliveryOutcome {
	}

	/** Failed; try again on the retry schedule, or DEAD when it is used up. */
	record Retry(String error, Integer httpStatus) implements DeliveryOutcome {
	}

	/** Failed; the receiver asked not to be tried again before {@code delay} (never sooner than the schedule). */
	record RetryLater(String error, Duration delay, Integer httpStatus) implements DeliveryOutcome {
	}

	/** Failed in a way no retry can fix (the payload is refused as such): DEAD at once, replayable by an admin. */
	record FailedForGood(String error, Integer httpStatus) implements DeliveryOutcome {
	}

	/** The endpoint is gone (HTTP 410): this and its other waiting deliveries stop until its settings change. */
	record EndpointGone(String error, Integer httpStatus) implements DeliveryOutcome {
	}

}
