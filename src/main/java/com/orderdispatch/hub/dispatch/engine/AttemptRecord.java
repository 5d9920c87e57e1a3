package com.orderdispatch.hub.dispatch.engine;

import java.time.Duration;
import java.time.Instant;

import com.orderdispatch.hub.dispatch.channel.Delivery;

/** One attempt's result, as the delivery log keeps it. */
public record AttemptRecord(Delivery delivery, Instant startedAt, Duration duration, Outcome outcome,
		Integer httpStatus, String error) {

	/** What became of one attempt; the delivery's status follows from it (see {@link DeliveryLedger}). */
	public enum Outcome {

		DELIVERED, FAILED, DEAD, DISABLED,

		/** The claiming instance stopped before it recorded anything; found when the row is claimed again. */
		ABANDONED

	}

}
