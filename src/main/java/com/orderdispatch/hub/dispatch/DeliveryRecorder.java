package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

/**
 * Called by the dispatch routes around each channel call: notes the start, then records the outcome (delivered,
 * retry later, dead, or disabled) and the attempt. The exchange carries the claimed {@link Delivery} in a property,
 * since the channel route replaces the body.
 */
@Component("deliveryRecorder")
public class DeliveryRecorder {

	public static final String DELIVERY = "hubDelivery";

	/** A channel sets this property to the receiver's HTTP status, for the delivery log. */
	public static final String HTTP_STATUS = "hubHttpStatus";

	static final String STARTED = "hubAttemptStarted";

	static final String CHANNEL_ROUTE = "hubChannelRoute";

	private static final Logger log = LoggerFactory.getLogger(DeliveryRecorder.class);

	private final DeliveryOutcomes outcomes;

	private final RetryPolicy retries;

	private final DispatchMetrics metrics;

	private final Clock clock;

	private final DispatchWakeup wakeup;

	DeliveryRecorder(DeliveryOutcomes outcomes, RetryPolicy retries, DispatchMetrics metrics, Clock clock,
			DispatchWakeup wakeup) {
		this.wakeup = wakeup;
		this.outcomes = outcomes;
		this.retries = retries;
		this.metrics = metrics;
		this.clock = clock;
	}

	public void begin(Exchange exchange) throws org.apache.camel.InvalidPayloadException {
		Delivery delivery = exchange.getMessage().getMandatoryBody(Delivery.class);
		exchange.setProperty(DELIVERY, delivery);
		exchange.setProperty(STARTED, clock.instant());
		exchange.setProperty(CHANNEL_ROUTE, "channel-" + delivery.channel() + "-" + delivery.supplierId());
		// One grep for the order number follows it from intake to delivery; the channel runs on this thread.
		MDC.put("orderNumber", delivery.orderNumber());
	}

	public void delivered(Exchange exchange) {
		try {
			recordDelivered(exchange);
		}
		finally {
			done();
		}
	}

	public void failed(Exchange exchange) {
		try {
			recordFailed(exchange);
		}
		finally {
			done();
		}
	}

	/** A worker is about to be free: let the claimer use it at once if deliveries are waiting. */
	private void done() {
		MDC.remove("orderNumber");
		wakeup.wake();
	}

	private void recordDelivered(Exchange exchange) {
		var attempt = attempt(exchange, "DELIVERED", null);
		if (outcomes.delivered(attempt)) {
			metrics.attempted(attempt);
			log.info("Delivery {} ({} to {}) delivered on attempt {}", attempt.delivery().idempotencyKey(),
					attempt.delivery().channel(), attempt.delivery().supplierId(), attempt.delivery().attempt());
		}
	}

	private void recordFailed(Exchange exchange) {
		Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
		DeliveryFailedException failure = caught instanceof DeliveryFailedException known ? known
				: DeliveryFailedException.retry(describe(caught), caught);
		Delivery delivery = exchange.getProperty(DELIVERY, Delivery.class);
		if (delivery == null) {
			log.error("Dispatch failed before a delivery was known", caught);
			return;
		}
		if (failure.httpStatus() != null) {
			exchange.setProperty(HTTP_STATUS, failure.httpStatus());
		}
		String error = describe(failure);
		if (failure.next() == DeliveryFailedException.Next.DISABLE) {
			record(outcomes.disabled(attempt(exchange, "DISABLED", error)), attempt(exchange, "DISABLED", error));
			log.warn("Delivery {}: {} endpoint of {} disabled: {}", delivery.idempotencyKey(), delivery.channel(),
					delivery.supplierId(), error);
			return;
		}
		int sinceBase = delivery.attempt() - outcomes.retryBase(delivery.id());
		var next = retries.next(sinceBase, failure.retryAfter(), clock.instant());
		var attempt = attempt(exchange, next.isPresent() ? "FAILED" : "DEAD", error);
		record(outcomes.failed(attempt, next.orElse(null)), attempt);
		log.warn("Delivery {} ({} to {}) attempt {} failed: {}; {}", delivery.idempotencyKey(), delivery.channel(),
				delivery.supplierId(), delivery.attempt(), error,
				next.map(at -> "next attempt at " + at).orElse("no attempts left, DEAD"));
	}

	private void record(boolean recorded, DeliveryAttempt attempt) {
		if (recorded) {
			metrics.attempted(attempt);
		}
	}

	private DeliveryAttempt attempt(Exchange exchange, String outcome, String error) {
		Instant started = exchange.getProperty(STARTED, Instant.class);
		Duration took = Duration.between(started, clock.instant());
		return new DeliveryAttempt(exchange.getProperty(DELIVERY, Delivery.class), started, took, outcome,
				exchange.getProperty(HTTP_STATUS, Integer.class), error);
	}

	private static String describe(Throwable failure) {
		if (failure == null) {
			return "unknown error";
		}
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName()
				: failure instanceof DeliveryFailedException ? failure.getMessage()
						: failure.getClass().getSimpleName() + ": " + failure.getMessage();
		return clip(message);
	}

	/** Errors are stored in varchar(1000) columns. */
	static String clip(String message) {
		return message.length() > 1000 ? message.substring(0, 1000) : message;
	}

}
