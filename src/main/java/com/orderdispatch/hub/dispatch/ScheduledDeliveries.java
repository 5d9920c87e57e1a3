package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.channel.DeliveryOutcome;
import com.orderdispatch.hub.dispatch.channel.DueTime;
import com.orderdispatch.hub.dispatch.engine.CurrentSettings;
import com.orderdispatch.hub.dispatch.engine.DeliveryLedger;
import com.orderdispatch.hub.dispatch.engine.DeliveryRecorder;
import com.orderdispatch.hub.dispatch.engine.Dispatcher;

import org.springframework.stereotype.Component;

/**
 * For channels whose deliveries are due on a schedule ({@link DueTime.OnSchedule}): when the supplier's schedule
 * fires, the channel claims that supplier's due deliveries as one batch, sends them (over one connection, say) and
 * records each outcome. It is the engine's own claim and ledger: the same lease with FOR UPDATE SKIP LOCKED, so two
 * instances firing together never send the same row, and the same outcome rules. The general claim never takes
 * these rows. The whole batch must be sent and recorded within the lease ({@code hub.dispatch.lease}); a row whose
 * outcome is not recorded by then is claimed again.
 */
@Component
public class ScheduledDeliveries {

	private static final String OF_SUPPLIER = """
			d.supplier_id = :recipient and d.channel = :channel and d.recipient_type = 'supplier'""";

	private final DeliveryLedger ledger;

	private final Dispatcher dispatcher;

	private final CurrentSettings settings;

	private final DeliveryRecorder recorder;

	private final Clock clock;

	ScheduledDeliveries(DeliveryLedger ledger, Dispatcher dispatcher, CurrentSettings settings,
			DeliveryRecorder recorder, Clock clock) {
		this.ledger = ledger;
		this.dispatcher = dispatcher;
		this.settings = settings;
		this.recorder = recorder;
		this.clock = clock;
	}

	/** One delivery's outcome, for {@link #recordAll}. */
	public record Outcome(Delivery delivery, Instant startedAt, DeliveryOutcome outcome) {
	}

	/** Claims up to {@code limit} deliveries of the supplier on the channel that are due now, oldest first. */
	public List<Delivery> claimDue(String channel, String supplierId, int limit) {
		Instant now = clock.instant();
		return settings.applied(ledger.claim(OF_SUPPLIER, Map.of("recipient", supplierId, "channel", channel), limit,
				dispatcher.lease(now), now));
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
	 * Records several outcomes without waiting for them: they join the engine's next group of records (one commit
	 * for many, while the sender goes on with its next files).
	 *
	 * @return completes with the deliveries whose lease was lost meanwhile, for which nothing was written
	 */
	public CompletableFuture<List<Delivery>> recordAll(List<Outcome> outcomes) {
		var recorded = new ArrayList<CompletableFuture<Boolean>>(outcomes.size());
		for (Outcome each : outcomes) {
			recorded.add(recorder.recordLater(each.delivery(), each.startedAt(), each.outcome()));
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
		return ledger.release(delivery, clock.instant());
	}

	/**
	 * The supplier's schedule changed: its deliveries on the channel that wait for their first attempt become due at
	 * the new schedule's next fire time where that is sooner (never later, so nothing overdue is pushed back).
	 */
	public int bringForward(String channel, String supplierId, DueTime due) {
		Instant now = clock.instant();
		return ledger.bringForward(OF_SUPPLIER, Map.of("recipient", supplierId, "channel", channel), due.after(now),
				now);
	}

}
