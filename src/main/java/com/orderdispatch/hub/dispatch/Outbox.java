package com.orderdispatch.hub.dispatch;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.dispatch.engine.CommitClaim;
import com.orderdispatch.hub.dispatch.engine.DeliveryLedger;
import com.orderdispatch.hub.dispatch.engine.Dispatcher;
import com.orderdispatch.hub.dispatch.engine.RunningChannels;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Plans deliveries: the event is rendered to JSON once and stored, with one outbox row per target, all in the
 * caller's transaction, so a committed change always has its deliveries. Each row's idempotency key is made here and
 * sent on every attempt, so receivers can drop repeats. Only channels the hub runs are planned for.
 */
@Component
public class Outbox {

	public static final String ORDER_CREATED = "supplier_order.created";

	private final JdbcTemplate batch;

	private final ObjectMapper json;

	private final RunningChannels channels;

	private final Clock clock;

	private final DeliveryLedger ledger;

	private final Dispatcher dispatcher;

	Outbox(JdbcTemplate batch, ObjectMapper json, RunningChannels channels, DeliveryLedger ledger,
			Dispatcher dispatcher, Clock clock) {
		this.ledger = ledger;
		this.dispatcher = dispatcher;
		this.batch = batch;
		this.json = json;
		this.channels = channels;
		this.clock = clock;
	}

	/** One delivery of {@code channel} to the recipient, due at {@code dueAt} (null: now). */
	public record Target(Recipient recipient, String channel, Instant dueAt) {
	}

	/** Plans the event for every channel the supplier has switched on and the hub runs, each due by its policy. */
	public Optional<DeliveryEvent> plan(EventToPlan event, String supplierId, HubConfig config) {
		return plan(event, targets(supplierId, config));
	}

	/** Plans the event for the given targets (for a retailer, say); with none there is nothing to record. */
	public Optional<DeliveryEvent> plan(EventToPlan event, List<Target> targets) {
		return planAll(List.of(new Planned(event, targets))).stream().findFirst();
	}

	/** An event with the targets it goes to. */
	public record Planned(EventToPlan event, List<Target> targets) {
	}

	/**
	 * Where an event for the supplier goes now: each channel the supplier has switched on and the hub runs, due by
	 * its policy. Empty for a supplier that only pulls its orders.
	 */
	public List<Target> targets(String supplierId, HubConfig config) {
		return channels.targets(supplierId, config, clock.instant());
	}

	/**
	 * Plans many events at once: one batched insert for the events and one for all their deliveries. An event
	 * without targets is not recorded: only deliveries read the frozen events. Returns the events recorded, in the
	 * order given. Nothing is claimed at commit: the caller wakes the dispatcher with {@link #committed}.
	 */
	public List<DeliveryEvent> planAll(List<Planned> planned) {
		return planAll(planned, CommitClaim.NONE);
	}

	/**
	 * For one planning transaction that starts its first attempts itself (intake's group commit): the deliveries
	 * due now that it claims for this instance's free workers are inserted already claimed, and start as soon as it
	 * commits ({@link Planning#start}). A claim would have cost a transaction per group, and the wait for it.
	 */
	public Planning open() {
		return new Planning(dispatcher.atCommit());
	}

	/** One planning transaction: plan in it, {@link #start} once it committed, {@link #close} either way. */
	public final class Planning implements AutoCloseable {

		private final CommitClaim claim;

		private Planning(CommitClaim claim) {
			this.claim = claim;
		}

		public List<DeliveryEvent> planAll(List<Planned> planned) {
			return Outbox.this.planAll(planned, claim);
		}

		/** The transaction committed: its claimed deliveries go to the workers, the dispatcher claims the rest. */
		public void start() {
			claim.start();
		}

		/** Gives back what was claimed and not started (the transaction rolled back, and its rows with it). */
		@Override
		public void close() {
			claim.close();
		}

	}

	private List<DeliveryEvent> planAll(List<Planned> planned, CommitClaim claim) {
		List<Planned> toSend = planned.stream().filter(p -> !p.targets().isEmpty()).toList();
		if (toSend.isEmpty()) {
			return List.of();
		}
		Instant now = clock.instant();
		List<DeliveryEvent> frozen = freeze(toSend.stream().map(Planned::event).toList(), now);
		var rows = new ArrayList<DeliveryLedger.NewDelivery>();
		for (int i = 0; i < toSend.size(); i++) {
			EventToPlan event = toSend.get(i).event();
			for (Target target : toSend.get(i).targets()) {
				Instant due = target.dueAt() == null ? now : target.dueAt();
				rows.add(new DeliveryLedger.NewDelivery(IdempotencyKeys.next(now), frozen.get(i),
						event.supplierOrderId(), target.recipient(), target.channel(), due,
						claim.claims(target, due, now)));
			}
		}
		claim.add(ledger.insert(rows, claim.lease(), now));
		return frozen;
	}

	private List<DeliveryEvent> freeze(List<EventToPlan> events, Instant now) {
		List<String> payloads = events.stream().map(event -> render(event, now)).toList();
		var keys = new GeneratedKeyHolder();
		batch.batchUpdate(connection -> connection.prepareStatement("""
				insert into delivery_event (event_type, subject, order_number, occurred_at, payload)
				values (?, ?, ?, ?, ?)""", new String[] { "id" }), new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				EventToPlan event = events.get(i);
				statement.setString(1, event.type());
				statement.setString(2, event.subject());
				statement.setString(3, event.orderNumber());
				statement.setObject(4, SqlTime.at(now));
				statement.setString(5, payloads.get(i));
			}

			@Override
			public int getBatchSize() {
				return events.size();
			}
		}, keys);
		var frozen = new ArrayList<DeliveryEvent>(events.size());
		for (int i = 0; i < events.size(); i++) {
			EventToPlan event = events.get(i);
			long id = ((Number) keys.getKeyList().get(i).get("id")).longValue();
			frozen.add(new DeliveryEvent(id, event.type(), event.subject(), event.orderNumber(), now, payloads.get(i)));
		}
		return frozen;
	}

	private String render(EventToPlan event, Instant now) {
		var document = new LinkedHashMap<String, Object>();
		document.put("type", event.type());
		document.put("subject", event.subject());
		document.put("timestamp", now.toString());
		document.put("data", event.data());
		try {
			return json.writeValueAsString(document);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("The " + event.type() + " event cannot be rendered as JSON", ex);
		}
	}

	/** Called after the planning transaction committed, so the dispatcher can start at once instead of polling. */
	public void committed() {
		dispatcher.wake();
	}

}
