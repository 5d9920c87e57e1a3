package com.orderdispatch.hub.dispatch.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.channel.DeliveryOutcome;
import com.orderdispatch.hub.dispatch.channel.SendDeadline;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

/**
 * The one place a channel's {@link DeliveryOutcome} becomes a transition of the delivery: delivered, retried on the
 * schedule (or later, when the receiver asked), dead when the schedule is used up or the failure is final, or the
 * endpoint disabled. The dispatch-deliver route calls it around each channel call; scheduled channels call it
 * through {@code ScheduledDeliveries}. The ledger writes the transition.
 */
@Component("deliveryRecorder")
public class DeliveryRecorder {

	/** The claimed delivery, kept by the dispatch-deliver route while the channel route replaces the body. */
	static final String DELIVERY = "hubDelivery";

	static final String STARTED = "hubAttemptStarted";

	static final String CHANNEL_ROUTE = "hubChannelRoute";

	static final String DEADLINE = "hubSendDeadline";

	private static final Logger log = LoggerFactory.getLogger(DeliveryRecorder.class);

	private final DeliveryLedger ledger;

	private final RetryPolicy retries;

	private final DispatchMetrics metrics;

	private final Clock clock;

	private final Dispatcher dispatcher;

	private final RunningChannels channels;

	private final DispatchProperties properties;

	DeliveryRecorder(DeliveryLedger ledger, RetryPolicy retries, DispatchMetrics metrics, Clock clock,
			Dispatcher dispatcher, RunningChannels channels, DispatchProperties properties) {
		this.ledger = ledger;
		this.retries = retries;
		this.metrics = metrics;
		this.clock = clock;
		this.dispatcher = dispatcher;
		this.channels = channels;
		this.properties = properties;
	}

	public void begin(Exchange exchange) throws InvalidPayloadException {
		dispatcher.begun();
		Delivery delivery = exchange.getMessage().getMandatoryBody(Delivery.class);
		exchange.setProperty(DELIVERY, delivery);
		exchange.setProperty(STARTED, clock.instant());
		exchange.setProperty(CHANNEL_ROUTE, RouteKey.of(delivery).routeId());
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
		Object body = exchange.getMessage().getBody();
		finished(exchange, body instanceof DeliveryOutcome known ? known
				: new DeliveryOutcome.Retry("the channel route ended without an outcome", null));
	}

	/** The channel route threw: a failed attempt, retried on the schedule. */
	public void failed(Exchange exchange) {
		SendDeadline deadline = end(exchange);
		Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
		if (deadline != null && deadline.expired()) {
			caught = new SendDeadline.Exceeded(deadline.limit(), caught);
		}
		if (exchange.getProperty(DELIVERY) == null) {
			log.error("Dispatch failed before a delivery was known", caught);
			done();
			return;
		}
		finished(exchange, new DeliveryOutcome.Retry(describe(caught), null));
	}

	/** The worker is free as soon as the record is queued: it commits with the others finishing now. */
	private void finished(Exchange exchange, DeliveryOutcome outcome) {
		Delivery delivery = exchange.getProperty(DELIVERY, Delivery.class);
		try {
			recordLater(delivery, exchange.getProperty(STARTED, Instant.class), outcome).exceptionally(failure -> {
				log.warn("Recording delivery {} failed; it is sent again once its lease ends: {}",
						delivery.idempotencyKey(), failure.getMessage());
				return false;
			});
		}
		finally {
			done();
		}
	}

	/**
	 * Records one attempt's outcome under this instance's lease and waits for it.
	 *
	 * @return false when the lease was lost meanwhile (another instance took the row over): nothing was written
	 */
	public boolean record(Delivery delivery, Instant started, DeliveryOutcome outcome) {
		return LedgerWriter.await(recordLater(delivery, started, outcome));
	}

	/**
	 * Records one attempt's outcome without waiting for its commit. Completes with false when the lease was lost. A
	 * hub that dies before the commit sends it again once the lease ends, under the same idempotency key.
	 */
	public CompletableFuture<Boolean> recordLater(Delivery delivery, Instant started, DeliveryOutcome outcome) {
		Duration took = Duration.between(started, clock.instant());
		AttemptRecord attempt;
		Instant next = null;
		if (outcome instanceof DeliveryOutcome.Delivered) {
			attempt = attempt(delivery, started, took, AttemptRecord.Outcome.DELIVERED, outcome.httpStatus(), null);
			log.info("Delivery {} ({} to {}) delivered on attempt {}", delivery.idempotencyKey(), delivery.channel(),
					delivery.recipient().id(), delivery.attempt());
		}
		else if (outcome instanceof DeliveryOutcome.EndpointGone gone) {
			attempt = attempt(delivery, started, took, AttemptRecord.Outcome.DISABLED, gone.httpStatus(), gone.error());
			log.warn("Delivery {}: {} endpoint of {} disabled: {}", delivery.idempotencyKey(), delivery.channel(),
					delivery.recipient().id(), gone.error());
			return CompletableFuture.completedFuture(recorded(ledger.disable(attempt), attempt));
		}
		else if (outcome instanceof DeliveryOutcome.FailedForGood failed) {
			attempt = attempt(delivery, started, took, AttemptRecord.Outcome.DEAD, failed.httpStatus(), failed.error());
			log.warn("Delivery {} ({} to {}) failed for good: {}", delivery.idempotencyKey(), delivery.channel(),
					delivery.recipient().id(), failed.error());
		}
		else {
			String error = outcome instanceof DeliveryOutcome.Retry retry ? retry.error()
					: ((DeliveryOutcome.RetryLater) outcome).error();
			Duration retryAfter = outcome instanceof DeliveryOutcome.RetryLater later ? later.delay() : null;
			Optional<Instant> at = retries.next(delivery.attempt() - ledger.retryBase(delivery.id()), retryAfter,
					clock.instant());
			next = at.orElse(null);
			attempt = attempt(delivery, started, took,
					at.isPresent() ? AttemptRecord.Outcome.FAILED : AttemptRecord.Outcome.DEAD, outcome.httpStatus(),
					error);
			log.warn("Delivery {} ({} to {}) attempt {} failed: {}; {}", delivery.idempotencyKey(), delivery.channel(),
					delivery.recipient().id(), delivery.attempt(), error,
					at.map(when -> "next attempt at " + when).orElse("no attempts left, DEAD"));
		}
		AttemptRecord written = attempt;
		return ledger.complete(attempt, next).thenApply(recorded -> recorded(recorded, written));
	}

	private static AttemptRecord attempt(Delivery delivery, Instant started, Duration took,
			AttemptRecord.Outcome outcome, Integer httpStatus, String error) {
		return new AttemptRecord(delivery, started, took, outcome, httpStatus,
				outcome == AttemptRecord.Outcome.DELIVERED ? null : clip(error));
	}

	private boolean recorded(boolean recorded, AttemptRecord attempt) {
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

	/** A worker is about to be free: let the dispatcher use it at once if deliveries are waiting. */
	private void done() {
		MDC.remove("orderNumber");
		dispatcher.workerFree();
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
