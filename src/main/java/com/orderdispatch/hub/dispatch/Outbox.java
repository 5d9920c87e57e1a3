package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.order.PlacedOrder;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plans deliveries: one outbox row per supplier order and push channel the supplier has enabled, written in the
 * caller's transaction so a committed order always has its deliveries. The row's idempotency key is made once here
 * and sent on every attempt, so receivers can drop repeats.
 */
@Component
public class Outbox {

	public static final String ORDER_CREATED = "supplier_order.created";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final java.util.List<Runnable> commitListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	Outbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void plan(PlacedOrder order, HubConfig config) {
		Instant now = clock.instant();
		var rows = new ArrayList<Object[]>();
		for (var supplierOrder : order.supplierOrders()) {
			var supplier = config.supplier(supplierOrder.supplierId()).orElseThrow();
			for (String channel : supplier.channelsOrNone().enabled()) {
				rows.add(new Object[] { "msg_" + UUID.randomUUID().toString().replace("-", ""), supplierOrder.id(),
						supplierOrder.supplierId(), channel, ORDER_CREATED, "PENDING", SqlTime.at(now),
						SqlTime.at(now), SqlTime.at(now) });
			}
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("""
					insert into delivery (idempotency_key, supplier_order_id, supplier_id, channel, event_type, status,
					    next_attempt_at, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
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
