package com.orderdispatch.hub.order;

import com.orderdispatch.hub.system.SqlTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes new orders. Callers run {@link #insert} inside their transaction, together with whatever else must commit
 * with the order (the outbox); a duplicate retailer reference surfaces as Spring's DuplicateKeyException. After the
 * commit, {@link ChangeSequencer} gives the new supplier orders their change numbers.
 */
@Component
public class OrderStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final ObjectMapper json;

	private final Clock clock;

	OrderStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.json = json;
		this.clock = clock;
	}

	public PlacedOrder insert(NewOrder order) {
		Instant now = clock.instant();
		String orderNumber = "ODH-" + jdbc.sql("select nextval('order_number_seq')").query(Long.class).single();
		var orderKey = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into retailer_order (order_number, retailer_id, retailer_order_ref, placed_at, received_at,
				    currency, customer_name, customer_json, ship_to_json, notes, total, request_hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(orderNumber, order.retailerId(), order.retailerOrderRef(), SqlTime.at(order.placedAt()),
					SqlTime.at(now), order.currency(), order.customer().name(), toJson(order.customer()),
					toJson(order.shipTo()), order.notes(), order.total(), order.requestHash())
			.update(orderKey, "id");
		long orderId = orderKey.getKey().longValue();

		var refs = new ArrayList<PlacedOrder.SupplierOrderRef>(order.supplierOrders().size());
		for (int i = 0; i < order.supplierOrders().size(); i++) {
			var supplierOrder = order.supplierOrders().get(i);
			String number = "%s-%02d".formatted(orderNumber, i + 1);
			long id = insertSupplierOrder(orderId, number, supplierOrder, now);
			insertLines(id, supplierOrder.lines());
			jdbc.sql("insert into status_change (supplier_order_id, from_status, to_status, changed_at) values (?, null, ?, ?)")
				.params(id, OrderStatus.PENDING.name(), SqlTime.at(now))
				.update();
			refs.add(new PlacedOrder.SupplierOrderRef(id, number, supplierOrder.supplierId(), OrderStatus.PENDING));
		}
		return new PlacedOrder(orderNumber, order.retailerOrderRef(), order.placedAt(), List.copyOf(refs));
	}

	private long insertSupplierOrder(long orderId, String number, NewOrder.NewSupplierOrder supplierOrder,
			Instant now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into supplier_order (supplier_order_number, order_id, supplier_id, status, total, created_at,
				    updated_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(number, orderId, supplierOrder.supplierId(), OrderStatus.PENDING.name(), supplierOrder.total(),
					SqlTime.at(now), SqlTime.at(now))
			.update(key, "id");
		return key.getKey().longValue();
	}

	private void insertLines(long supplierOrderId, List<NewOrder.NewLine> lines) {
		jdbcTemplate.batchUpdate("""
				insert into order_line (supplier_order_id, line_ref, sku, description, quantity, unit_price, line_total)
				values (?, ?, ?, ?, ?, ?, ?)""", lines, lines.size(), (statement, line) -> {
			statement.setLong(1, supplierOrderId);
			statement.setString(2, line.lineRef());
			statement.setString(3, line.sku());
			statement.setString(4, line.description());
			statement.setInt(5, line.quantity());
			statement.setBigDecimal(6, line.unitPrice());
			statement.setBigDecimal(7, line.lineTotal());
		});
	}

	private String toJson(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), ex);
		}
	}

}
