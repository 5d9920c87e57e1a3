package com.orderdispatch.hub.dispatch;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdispatch.hub.config.HubConfig;
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

	private final List<Runnable> commitListeners = new CopyOnWriteArrayList<>();

	Outbox(JdbcTemplate batch, ObjectMapper json, RunningChannels channels, Clock clock) {
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
	 * Plans many events at once (intake's group commit): one batched insert for the events and one for all their
	 * deliveries. An event without targets is not recorded: only deliveries read the frozen events. Returns the
	 * events recorded, in the order given.
	 */
	public List<DeliveryEvent> planAll(List<Planned> planned) {
		List<Planned> toSend = planned.stream().filter(p -> !p.targets().isEmpty()).toList();
		if (toSend.isEmpty()) {
			return List.of();
		}
		Instant now = clock.instant();
		List<DeliveryEvent> frozen = freeze(toSend.stream().map(Planned::event).toList(), now);
		var rows = new ArrayList<Object[]>();
		for (int i = 0; i < toSend.size(); i++) {
			EventToPlan event = toSend.get(i).event();
			for (Target target : toSend.get(i).targets()) {
				Instant due = target.dueAt() == null ? now : target.dueAt();
				rows.add(new Object[] { IdempotencyKeys.next(now), frozen.get(i).id(),
						event.supplierOrderId(), target.recipient().id(), target.recipient().kind().column(),
						target.channel(), event.type(), SqlTime.at(due), SqlTime.at(due), SqlTime.at(now),
						SqlTime.at(now) });
			}
		}
		batch.batchUpdate("""
				insert into delivery (idempotency_key, event_id, supplier_order_id, supplier_id, recipient_type,
				    channel, event_type, status, next_attempt_at, due_at, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)""", rows);
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
		commitListeners.forEach(Runnable::run);
	}

	public void onCommitted(Runnable listener) {
		commitListeners.add(listener);
	}

}
