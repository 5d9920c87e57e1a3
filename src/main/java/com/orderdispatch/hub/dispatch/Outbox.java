package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ObjectMapper json;

	private final RunningChannels channels;

	private final Clock clock;

	private final List<Runnable> commitListeners = new CopyOnWriteArrayList<>();

	Outbox(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json, RunningChannels channels, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
		this.channels = channels;
		this.clock = clock;
	}

	/** One delivery of {@code channel} to the recipient, due at {@code dueAt} (null: now). */
	public record Target(Recipient recipient, String channel, Instant dueAt) {
	}

	/** Plans the event for every channel the supplier has switched on and the hub runs, each due by its policy. */
	public DeliveryEvent plan(EventToPlan event, String supplierId, HubConfig config) {
		return plan(event, channels.targets(supplierId, config, clock.instant()));
	}

	/** Plans the event for the given targets (for a retailer, say); an empty list records the event only. */
	public DeliveryEvent plan(EventToPlan event, List<Target> targets) {
		Instant now = clock.instant();
		DeliveryEvent frozen = freeze(event, now);
		var rows = new ArrayList<Object[]>(targets.size());
		for (Target target : targets) {
			Instant due = target.dueAt() == null ? now : target.dueAt();
			rows.add(new Object[] { "msg_" + UUID.randomUUID().toString().replace("-", ""), frozen.id(),
					event.supplierOrderId(), target.recipient().id(), target.recipient().kind().column(),
					target.channel(), event.type(), SqlTime.at(due), SqlTime.at(due), SqlTime.at(now),
					SqlTime.at(now) });
		}
		if (!rows.isEmpty()) {
			batch.batchUpdate("""
					insert into delivery (idempotency_key, event_id, supplier_order_id, supplier_id, recipient_type,
					    channel, event_type, status, next_attempt_at, due_at, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)""", rows);
		}
		return frozen;
	}

	private DeliveryEvent freeze(EventToPlan event, Instant now) {
		var document = new LinkedHashMap<String, Object>();
		document.put("type", event.type());
		document.put("subject", event.subject());
		document.put("timestamp", now.toString());
		document.put("data", event.data());
		String payload;
		try {
			payload = json.writeValueAsString(document);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("The " + event.type() + " event cannot be rendered as JSON", ex);
		}
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into delivery_event (event_type, subject, order_number, occurred_at, payload)
				values (?, ?, ?, ?, ?)""")
			.params(event.type(), event.subject(), event.orderNumber(), SqlTime.at(now), payload)
			.update(key, "id");
		return new DeliveryEvent(key.getKey().longValue(), event.type(), event.subject(), event.orderNumber(), now,
				payload);
	}

	/** Called after the planning transaction committed, so the dispatcher can start at once instead of polling. */
	public void committed() {
		commitListeners.forEach(Runnable::run);
	}

	public void onCommitted(Runnable listener) {
		commitListeners.add(listener);
	}

}
