package com.orderdispatch.hub.dispatch;

import java.time.Duration;
import java.time.Instant;

/** One attempt's result, as the delivery log keeps it. */
record DeliveryAttempt(Delivery delivery, Instant startedAt, Duration duration, String outcome, Integer httpStatus,
		String error) {
}
