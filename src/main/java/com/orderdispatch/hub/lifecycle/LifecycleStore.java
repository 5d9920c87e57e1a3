package com.orderdispatch.hub.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.orderdispatch.hub.order.Actor;
import com.orderdispatch.hub.order.LineStatus;
import com.orderdispatch.hub.order.OrderStatus;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a supplier order under a row lock and writes what a {@link Plan} changes, in the caller's transaction. Each
 * write clears the order's change number, so the sequencer gives it a new one after commit and pull-API pollers see
 * the change.
 */
@Component
class LifecycleStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final ShipmentRows shipments;

	LifecycleStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.shipments = new ShipmentRows(jdbc, jdbcTemplate);
	}

	/** Locks the supplier order (FOR UPDATE: writers of one order take turns) and reads it; empty if unknown. */
	Optional<OrderState> lock(Target target) {
		var sql = "select id, supplier_order_number, supplier_id, order_id, status from supplier_order where "
				+ target.where() + " for update";
		var heads = jdbc.sql(sql).params(target.params()).query((rs, n) -> new Object[] { rs.getLong(1),
				rs.getString(2), rs.getString(3), rs.getLong(4), OrderStatus.valueOf(rs.getString(5)) }).list();
		if (heads.isEmpty()) {
			return Optional.empty();
		}
		Object[] head = heads.get(0);
		long id = (Long) head[0];
		var order = jdbc.sql("select order_number, retailer_id from retailer_order where id = ?")
			.param(head[3])
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		var lines = jdbc.sql("""
				select line_ref, status, quantity, shipped_quantity, status_before_incident from order_line
				where supplier_order_id = ? order by id""")
			.param(id)
			.query((rs, n) -> new OrderState.LineState(rs.getString(1), LineStatus.valueOf(rs.getString(2)),
					rs.getInt(3), rs.getInt(4), rs.getString(5) == null ? null : LineStatus.valueOf(rs.getString(5))))
			.list();
		return Optional.of(new OrderState(id, (String) head[1], (String) head[2], order[0], order[1],
				(OrderStatus) head[4], lines, shipments.of(id)));
	}

	/** The supplier orders of a retailer's order, locked in id order (so two writers never deadlock). */
	List<Long> lockAllOf(String retailerId, String orderNumber) {
		return jdbc.sql("""
				select so.id from supplier_order so
				where so.order_id = (select o.id from retailer_order o where o.order_number = ? and o.retailer_id = ?)
				order by so.id for update""")
			.params(orderNumber, retailerId)
			.query(Long.class)
			.list();
	}

	void write(OrderState state, Plan plan, Actor actor, LifecycleCommand command, Instant now) {
		String reason = reasonOf(command);
		String note = command.note();
		var lineUpdates = new ArrayList<Object[]>();
		var history = new ArrayList<Object[]>();
		for (var change : plan.changes()) {
			lineUpdates.add(new Object[] { change.to().name(), change.shippedQuantity(),
					change.to() == LineStatus.REJECTED || change.to() == LineStatus.CANCELLED ? reason : null,
					change.to() == LineStatus.INCIDENT_OPEN ? change.from().name() : null, state.id(),
					change.lineRef() });
			history.add(new Object[] { state.id(), change.from().name(), change.to().name(), SqlTime.at(now), reason,
					actor.name(), change.lineRef(), change.quantity(), note });
		}
		if (!lineUpdates.isEmpty()) {
			jdbcTemplate.batchUpdate("""
					update order_line set status = ?, shipped_quantity = ?, reason = coalesce(?, reason),
					    status_before_incident = ?
					where supplier_order_id = ? and line_ref = ?""", lineUpdates);
		}
		if (plan.shipment() != null) {
			shipments.insert(state.id(), plan.shipment(), actor, now);
		}
		if (plan.from() != plan.to()) {
			history.add(new Object[] { state.id(), plan.from().name(), plan.to().name(), SqlTime.at(now), reason,
					actor.name(), null, null, note });
		}
		if (!history.isEmpty()) {
			jdbcTemplate.batchUpdate("""
					insert into status_change (supplier_order_id, from_status, to_status, changed_at, reason, actor,
					    line_ref, quantity, note)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", history);
		}
		jdbc.sql("update supplier_order set status = ?, updated_at = ?, change_seq = null where id = ?")
			.params(plan.to().name(), SqlTime.at(now), state.id())
			.update();
	}

	private static String reasonOf(LifecycleCommand command) {
		if (command instanceof LifecycleCommand.Reject reject) {
			return reject.reason();
		}
		if (command instanceof LifecycleCommand.Cancel cancel) {
			return cancel.reason();
		}
		if (command instanceof LifecycleCommand.OpenIncident open) {
			return open.reason();
		}
		if (command instanceof LifecycleCommand.CloseIncident close) {
			return close.resolution();
		}
		return null;
	}

}
