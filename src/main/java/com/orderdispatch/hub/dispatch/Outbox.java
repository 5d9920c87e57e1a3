package com.orderdispatch.hub.dispatch;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
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
		return planAll(planned, FirstAttempts.NONE);
	}

	/** As {@link #planAll(List)}, inserting the deliveries {@code first} claims as claimed, for it to start. */
	public List<DeliveryEvent> planAll(List<Planned> planned, FirstAttempts first) {
		List<Planned> toSend = planned.stream().filter(p -> !p.targets().isEmpty()).toList();
		if (toSend.isEmpty()) {
			return List.of();
		}
		Instant now = clock.instant();
		List<DeliveryEvent> frozen = freeze(toSend.stream().map(Planned::event).toList(), now);
		var rows = new ArrayList<DeliveryRow>();
		for (int i = 0; i < toSend.size(); i++) {
			for (Target target : toSend.get(i).targets()) {
				Instant due = target.dueAt() == null ? now : target.dueAt();
				rows.add(new DeliveryRow(IdempotencyKeys.next(now), toSend.get(i).event(), frozen.get(i), target, due,
						first.claims(target, due, now)));
			}
		}
		insert(rows, first.lease(), now).forEach(first::add);
		return frozen;
	}

	private record DeliveryRow(String key, EventToPlan event, DeliveryEvent frozen, Target target, Instant due,
			boolean claimed) {
	}

	/** Inserts the rows; returns those inserted as claimed, as deliveries ready for their first attempt. */
	private List<Delivery> insert(List<DeliveryRow> rows, FirstAttempts.Lease lease, Instant now) {
		boolean anyClaimed = rows.stream().anyMatch(DeliveryRow::claimed);
		var keys = new GeneratedKeyHolder();
		var setter = new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				DeliveryRow row = rows.get(i);
				statement.setString(1, row.key());
				statement.setLong(2, row.frozen().id());
				statement.setObject(3, row.event().supplierOrderId(), Types.BIGINT);
				statement.setString(4, row.target().recipient().id());
				statement.setString(5, row.target().recipient().kind().column());
				statement.setString(6, row.target().channel());
				statement.setString(7, row.event().type());
				statement.setString(8, row.claimed() ? "IN_FLIGHT" : "PENDING");
				statement.setInt(9, row.claimed() ? 1 : 0);
				statement.setString(10, row.claimed() ? lease.engine() : null);
				statement.setObject(11, row.claimed() ? SqlTime.at(lease.until()) : null,
						Types.TIMESTAMP_WITH_TIMEZONE);
				statement.setObject(12, SqlTime.at(row.due()));
				// A claimed row is due again when its lease ends, as the claimer leaves it.
				statement.setObject(13, SqlTime.at(row.claimed() ? lease.until() : row.due()));
				statement.setObject(14, SqlTime.at(now));
				statement.setObject(15, SqlTime.at(now));
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}
		};
		String sql = """
				insert into delivery (idempotency_key, event_id, supplier_order_id, supplier_id, recipient_type,
				    channel, event_type, status, attempts, claimed_by, lease_until, next_attempt_at, due_at,
				    created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
		if (!anyClaimed) {
			batch.batchUpdate(sql, setter);
			return List.of();
		}
		batch.batchUpdate(connection -> connection.prepareStatement(sql, new String[] { "id" }), setter, keys);
		var claimed = new ArrayList<Delivery>();
		for (int i = 0; i < rows.size(); i++) {
			DeliveryRow row = rows.get(i);
			if (row.claimed()) {
				long id = ((Number) keys.getKeyList().get(i).get("id")).longValue();
				claimed.add(new Delivery(id, row.key(), 1, row.target().channel(), row.target().recipient(),
						row.frozen(), null));
			}
		}
		return claimed;
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
