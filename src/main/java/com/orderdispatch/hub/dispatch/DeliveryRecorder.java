package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

/**
 * Decides what follows an attempt from the channel's {@link DeliveryOutcome} alone: delivered, retried on the
 * schedule (or later, when the receiver asked), dead when the schedule is used up or the failure is final, or the
 * endpoint disabled. Called by the dispatch routes around each channel call, and by scheduled channels directly.
 */
@Component("deliveryRecorder")
public class DeliveryRecorder {

	/** The claimed delivery, kept by the dispatch-deliver route while the channel route replaces the body. */
	static final String DELIVERY = "hubDelivery";

	static final String STARTED = "hubAttemptStarted";

	static final String CHANNEL_ROUTE = "hubChannelRoute";

	static final String DEADLINE = "hubSendDeadline";

	private static final Logger log = LoggerFactory.getLogger(DeliveryRecorder.class);

	private final DeliveryOutcomes outcomes;

	private final RetryPolicy retries;

	private final DispatchMetrics metrics;

	private final Clock clock;

	private final DispatchWakeup wakeup;

	private final RunningChannels channels;

	private final DispatchProperties properties;

	private final WorkerSlots slots;

	DeliveryRecorder(DeliveryOutcomes outcomes, RetryPolicy retries, DispatchMetrics metrics, Clock clock,
			DispatchWakeup wakeup, RunningChannels channels, DispatchProperties properties, WorkerSlots slots) {
		this.slots = slots;
		this.channels = channels;
		this.properties = properties;
		this.wakeup = wakeup;
		this.outcomes = outcomes;
		this.retries = retries;
		this.metrics = metrics;
		this.clock = clock;
	}

	public void begin(Exchange exchange) throws InvalidPayloadException {
		slots.begun();
		Delivery delivery = exchange.getMessage().getMandatoryBody(Delivery.class);
		exchange.setProperty(DELIVERY, delivery);
		exchange.setProperty(STARTED, clock.instant());
		exchange.setProperty(CHANNEL_ROUTE, delivery.route());
		// One grep for the order number follows it from intake to delivery; the channel runs on this thread.
		if (delivery.orderNumber() != null) {
			MDC.put("orderNumber", delivery.orderNumber());
		}
		if (delivery.settings() == null) {
			throw new IllegalStateException(delivery.recipient().id() + " no longer has an active "
					+ delivery.channel() + " channel");
		}
		exchange.setProperty(DEADLINE, SendDeadline.start(deadline(delivery)));
	}

	/** The engine's deadline, or the channel's shorter one for these settings. */
	private Duration deadline(Delivery delivery) {
		Duration engine = properties.sendDeadline();
		Duration own = channels.deadline(delivery);
		return own != null && own.compareTo(engine) < 0 ? own : engine;
	}

	/** The channel route completed: its body is the outcome. */
	public void finish(Exchange exchange) {
		end(exchange);
		try {
			Object body = exchange.getMessage().getBody();
			DeliveryOutcome outcome = body instanceof DeliveryOutcome known ? known
					: new DeliveryOutcome.Retry("the channel route ended without an outcome", null);
			Delivery delivery = exchange.getProperty(DELIVERY, Delivery.class);
			Instant started = exchange.getProperty(STARTED, Instant.class);
			if (outcome instanceof DeliveryOutcome.Delivered delivered) {
				// The worker is free as soon as the record is queued: it commits with the others finishing now.
				recordDelivered(delivery, started, delivered).exceptionally(failure -> {
					log.warn("Recording delivery {} as delivered failed; it is sent again once its lease ends: {}",
							delivery.idempotencyKey(), failure.getMessage());
					return false;
				});
			}
			else {
				record(delivery, started, outcome);
			}
		}
		finally {
			done();
		}
	}

	/** The channel route threw: a failed attempt, retried on the schedule. */
	public void failed(Exchange exchange) {
		SendDeadline deadline = end(exchange);
		try {
			Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
			if (deadline != null && deadline.expired()) {
				caught = new SendDeadline.Exceeded(deadline.limit(), caught);
			}
			Delivery delivery = exchange.getProperty(DELIVERY, Delivery.class);
			if (delivery == null) {
				log.error("Dispatch failed before a delivery was known", caught);
				return;
			}
			record(delivery, exchange.getProperty(STARTED, Instant.class),
					new DeliveryOutcome.Retry(describe(caught), null));
		}
		finally {
			done();
		}
	}

	/**
	 * Records one attempt's outcome under this instance's lease.
	 *
	 * @return false when the lease was lost meanwhile (another instance took the row over): nothing was written
	 */
	public boolean record(Delivery delivery, Instant started, DeliveryOutcome outcome) {
		Duration took = Duration.between(started, clock.instant());
		if (outcome instanceof DeliveryOutcome.Delivered delivered) {
			var attempt = delivered(delivery, started, took, delivered);
			return recorded(outcomes.delivered(attempt), attempt);
		}
		if (outcome instanceof DeliveryOutcome.Retry retry) {
			return retry(delivery, started, took, retry.error(), null, retry.httpStatus());
		}
		if (outcome instanceof DeliveryOutcome.RetryLater later) {
			return retry(delivery, started, took, later.error(), later.delay(), later.httpStatus());
		}
		if (outcome instanceof DeliveryOutcome.FailedForGood failed) {
			var attempt = new DeliveryAttempt(delivery, started, took, "DEAD", failed.httpStatus(),
					clip(failed.error()));
			log.warn("Delivery {} ({} to {}) failed for good: {}", delivery.idempotencyKey(), delivery.channel(),
					delivery.recipient().id(), failed.error());
			return recorded(outcomes.failed(attempt, null), attempt);
		}
		var gone = (DeliveryOutcome.EndpointGone) outcome;
		var attempt = new DeliveryAttempt(delivery, started, took, "DISABLED", gone.httpStatus(), clip(gone.error()));
		log.warn("Delivery {}: {} endpoint of {} disabled: {}", delivery.idempotencyKey(), delivery.channel(),
				delivery.recipient().id(), gone.error());
		return recorded(outcomes.disabled(attempt), attempt);
	}

	/**
	 * Records a delivered attempt without waiting for its commit: it joins the next group of records, and the sender
	 * goes on with its next delivery or file meanwhile. The future completes with false when the lease was lost. A
	 * hub that dies before the commit sends it again once the lease ends, under the same idempotency key.
	 */
	public CompletableFuture<Boolean> recordDelivered(Delivery delivery, Instant started,
			DeliveryOutcome.Delivered outcome) {
		var attempt = delivered(delivery, started, Duration.between(started, clock.instant()), outcome);
		return outcomes.deliveredLater(attempt).thenApply(recorded -> recorded(recorded, attempt));
	}

	private static DeliveryAttempt delivered(Delivery delivery, Instant started, Duration took,
			DeliveryOutcome.Delivered delivered) {
		log.info("Delivery {} ({} to {}) delivered on attempt {}", delivery.idempotencyKey(), delivery.channel(),
				delivery.recipient().id(), delivery.attempt());
		return new DeliveryAttempt(delivery, started, took, "DELIVERED", delivered.httpStatus(), null);
	}

	private boolean retry(Delivery delivery, Instant started, Duration took, String error, Duration retryAfter,
			Integer httpStatus) {
		int sinceBase = delivery.attempt() - outcomes.retryBase(delivery.id());
		Optional<Instant> next = retries.next(sinceBase, retryAfter, clock.instant());
		var attempt = new DeliveryAttempt(delivery, started, took, next.isPresent() ? "FAILED" : "DEAD", httpStatus,
				clip(error));
		log.warn("Delivery {} ({} to {}) attempt {} failed: {}; {}", delivery.idempotencyKey(), delivery.channel(),
				delivery.recipient().id(), delivery.attempt(), error,
				next.map(at -> "next attempt at " + at).orElse("no attempts left, DEAD"));
		return recorded(outcomes.failed(attempt, next.orElse(null)), attempt);
	}

	private boolean recorded(boolean recorded, DeliveryAttempt attempt) {
		if (recorded) {
			metrics.attempted(attempt);
		}
		return recorded;
	}

	private static SendDeadline end(Exchange exchange) {
		SendDeadline deadline = exchange.getProperty(DEADLINE, SendDeadline.class);
		if (deadline != null) {
			deadline.end();
		}
		return deadline;
	}

	/** A worker is about to be free: let the claimer use it at once if deliveries are waiting. */
	private void done() {
		MDC.remove("orderNumber");
		wakeup.workerFree();
	}

	private static String describe(Throwable failure) {
		if (failure == null) {
			return "unknown error";
		}
		if (failure instanceof SendDeadline.Exceeded) {
			return failure.getMessage();
		}
		return failure.getMessage() == null ? failure.getClass().getSimpleName()
				: failure.getClass().getSimpleName() + ": " + failure.getMessage();
	}

	/** Errors are stored in varchar(1000) columns. */
	static String clip(String message) {
		if (message == null) {
			return "unknown error";
		}
		return message.length() > 1000 ? message.substring(0, 1000) : message;
	}

}
