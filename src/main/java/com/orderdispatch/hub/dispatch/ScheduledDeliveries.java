package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

/**
 * For channels whose deliveries are due on a schedule ({@link DueTime.OnSchedule}): when the supplier's schedule
 * fires, the channel claims that supplier's due deliveries as one batch, sends them (over one connection, say) and
 * records each outcome. The general claimer never takes these rows; the claim is the same lease with FOR UPDATE SKIP
 * LOCKED, so two instances firing together never send the same row. The whole batch must be sent and recorded within
 * the lease ({@code hub.dispatch.lease}); a row whose outcome is not recorded by then is claimed again.
 */
@Component
public class ScheduledDeliveries {

	private static final String OF_SUPPLIER = """
			d.supplier_id = :recipient and d.channel = :channel and d.recipient_type = 'supplier'""";

	private final DeliveryClaims claims;

	private final DeliveryRecorder recorder;

	private final Clock clock;

	ScheduledDeliveries(DeliveryClaims claims, DeliveryRecorder recorder, Clock clock) {
		this.claims = claims;
		this.recorder = recorder;
		this.clock = clock;
	}

	/** One delivery's outcome, for {@link #recordAll}. */
	public record Outcome(Delivery delivery, Instant startedAt, DeliveryOutcome outcome) {
	}

	/** Claims up to {@code limit} deliveries of the supplier on the channel that are due now, oldest first. */
	public List<Delivery> claimDue(String channel, String supplierId, int limit) {
		return claims.claim(OF_SUPPLIER, Map.of("recipient", supplierId, "channel", channel), limit,
				clock.instant());
	}

	/**
	 * Records one delivery's outcome, as the engine does for immediate channels (retry, Retry-After, dead, disabled).
	 *
	 * @param startedAt when this delivery's send began, for the delivery log
	 * @return false when the lease was lost meanwhile and nothing was written
	 */
	public boolean record(Delivery delivery, Instant startedAt, DeliveryOutcome outcome) {
		return recorder.record(delivery, startedAt, outcome);
	}

	/**
	 * Records several outcomes without waiting for them: the delivered ones join the engine's next group of records
	 * (one commit for many, while the sender goes on with its next files); any other is written at once.
	 *
	 * @return completes with the deliveries whose lease was lost meanwhile, for which nothing was written
	 */
	public CompletableFuture<List<Delivery>> recordAll(List<Outcome> outcomes) {
		var recorded = new ArrayList<CompletableFuture<Boolean>>(outcomes.size());
		for (Outcome each : outcomes) {
			recorded.add(each.outcome() instanceof DeliveryOutcome.Delivered delivered
					? recorder.recordDelivered(each.delivery(), each.startedAt(), delivered)
					: CompletableFuture.completedFuture(record(each.delivery(), each.startedAt(), each.outcome())));
		}
		return CompletableFuture.allOf(recorded.toArray(CompletableFuture[]::new))
			.thenApply(all -> IntStream.range(0, outcomes.size())
				.filter(i -> !recorded.get(i).join())
				.mapToObj(i -> outcomes.get(i).delivery())
				.toList());
	}

	/**
	 * Hands a claimed delivery back that the batch did not get to (the run stopped early): due again at once, for
	 * the next run, without counting as an attempt.
	 *
	 * @return false when the lease was lost meanwhile and nothing was written
	 */
	public boolean release(Delivery delivery) {
		return claims.release(delivery, clock.instant());
	}

	/**
	 * The supplier's schedule changed: its deliveries on the channel that wait for their first attempt become due at
	 * the new schedule's next fire time where that is sooner (never later, so nothing overdue is pushed back).
	 */
	public int bringForward(String channel, String supplierId, DueTime due) {
		Instant now = clock.instant();
		return claims.bringForward(OF_SUPPLIER, Map.of("recipient", supplierId, "channel", channel), due.after(now),
				now);
	}

}
