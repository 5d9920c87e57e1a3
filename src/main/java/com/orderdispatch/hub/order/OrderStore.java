package com.orderdispatch.hub.order;

import com.orderdispatch.hub.system.SqlTime;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes new orders. Callers run {@link #insert} inside their transaction, together with whatever else must commit
 * with the order (the outbox); a duplicate retailer reference surfaces as Spring's DuplicateKeyException. The
 * caller numbers the new supplier orders with {@link ChangeSequencer#numberInTransaction} before it commits.
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

	/**
	 * Which of these (retailer, reference) pairs already have an order stored: one read, before any insert. Asked as
	 * pairs, so H2 looks each one up in the unique index; "retailer_id = ? and retailer_order_ref in (...)" made it
	 * scan all of the retailer's orders.
	 */
	public Set<RetailerReference> storedReferences(Collection<RetailerReference> references) {
		List<Object[]> pairs = references.stream()
			.map(reference -> new Object[] { reference.retailerId(), reference.retailerOrderRef() })
			.toList();
		return new HashSet<>(jdbc
			.sql("select retailer_id, retailer_order_ref from retailer_order"
					+ " where (retailer_id, retailer_order_ref) in (:pairs)")
			.param("pairs", pairs)
			.query((rs, n) -> new RetailerReference(rs.getString(1), rs.getString(2)))
			.list());
	}

	/** How many of these order numbers are stored: after a COMMIT whose answer was lost, whether it happened. */
	public int countStored(Collection<String> orderNumbers) {
		return jdbc.sql("select count(*) from retailer_order where order_number in (:numbers)")
			.param("numbers", List.copyOf(orderNumbers))
			.query(Integer.class)
			.single();
	}

	/** A retailer's own reference for an order, unique per retailer. */
	public record RetailerReference(String retailerId, String retailerOrderRef) {
	}

	public PlacedOrder insert(NewOrder order) {
		return insertAll(List.of(order)).get(0);
	}

	/**
	 * Writes several orders with one batched statement per table (group commit): the order numbers come from one
	 * query, and each table gets one JDBC batch for all the orders' rows. Returns them in the order given.
	 */
	public List<PlacedOrder> insertAll(List<NewOrder> orders) {
		Instant now = clock.instant();
		List<String> numbers = orderNumbers(orders.size());
		List<Long> orderIds = insertOrders(orders, numbers, now);

		var supplierRows = new ArrayList<SupplierRow>();
		for (int o = 0; o < orders.size(); o++) {
			var supplierOrders = orders.get(o).supplierOrders();
			for (int i = 0; i < supplierOrders.size(); i++) {
				supplierRows.add(new SupplierRow(orderIds.get(o), "%s-%02d".formatted(numbers.get(o), i + 1),
						supplierOrders.get(i)));
			}
		}
		List<Long> supplierIds = insertSupplierOrders(supplierRows, now);
		insertLines(supplierRows, supplierIds);
		insertFirstStatus(supplierIds, now);

		var placed = new ArrayList<PlacedOrder>(orders.size());
		int row = 0;
		for (int o = 0; o < orders.size(); o++) {
			var order = orders.get(o);
			var refs = new ArrayList<PlacedOrder.SupplierOrderRef>(order.supplierOrders().size());
			for (var supplierOrder : order.supplierOrders()) {
				refs.add(new PlacedOrder.SupplierOrderRef(supplierIds.get(row), supplierRows.get(row).number(),
						supplierOrder.supplierId(), OrderStatus.PENDING));
				row++;
			}
			placed.add(new PlacedOrder(numbers.get(o), order.retailerOrderRef(), order.placedAt(), List.copyOf(refs)));
		}
		return placed;
	}

	private record SupplierRow(long orderId, String number, NewOrder.NewSupplierOrder order) {
	}

	private List<String> orderNumbers(int count) {
		return jdbc.sql("select nextval('order_number_seq') from generate_series(1, ?)")
			.param(count)
			.query(Long.class)
			.list()
			.stream()
			.sorted()
			.map(n -> "ODH-" + n)
			.toList();
	}

	private List<Long> insertOrders(List<NewOrder> orders, List<String> numbers, Instant now) {
		return insertReturningIds("""
				insert into retailer_order (order_number, retailer_id, retailer_order_ref, placed_at, received_at,
				    currency, customer_name, customer_json, ship_to_json, notes, total, request_hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", orders.size(), (statement, i) -> {
			var order = orders.get(i);
			statement.setString(1, numbers.get(i));
			statement.setString(2, order.retailerId());
			statement.setString(3, order.retailerOrderRef());
			statement.setObject(4, SqlTime.at(order.placedAt()));
			statement.setObject(5, SqlTime.at(now));
			statement.setString(6, order.currency());
			statement.setString(7, order.customer().name());
			statement.setString(8, toJson(order.customer()));
			statement.setString(9, toJson(order.shipTo()));
			statement.setString(10, order.notes());
			statement.setBigDecimal(11, order.total());
			statement.setString(12, order.requestHash());
		});
	}

	private List<Long> insertSupplierOrders(List<SupplierRow> rows, Instant now) {
		return insertReturningIds("""
				insert into supplier_order (supplier_order_number, order_id, supplier_id, status, total, created_at,
				    updated_at)
				values (?, ?, ?, ?, ?, ?, ?)""", rows.size(), (statement, i) -> {
			var row = rows.get(i);
			statement.setString(1, row.number());
			statement.setLong(2, row.orderId());
			statement.setString(3, row.order().supplierId());
			statement.setString(4, OrderStatus.PENDING.name());
			statement.setBigDecimal(5, row.order().total());
			statement.setObject(6, SqlTime.at(now));
			statement.setObject(7, SqlTime.at(now));
		});
	}

	private void insertLines(List<SupplierRow> rows, List<Long> supplierIds) {
		var lines = new ArrayList<Object[]>();
		for (int i = 0; i < rows.size(); i++) {
			for (var line : rows.get(i).order().lines()) {
				lines.add(new Object[] { supplierIds.get(i), line.lineRef(), line.sku(), line.description(),
						line.quantity(), line.unitPrice(), line.lineTotal() });
			}
		}
		jdbcTemplate.batchUpdate("""
				insert into order_line (supplier_order_id, line_ref, sku, description, quantity, unit_price, line_total)
				values (?, ?, ?, ?, ?, ?, ?)""", lines);
	}

	private void insertFirstStatus(List<Long> supplierIds, Instant now) {
		jdbcTemplate.batchUpdate(
				"insert into status_change (supplier_order_id, from_status, to_status, changed_at) values (?, null, ?, ?)",
				supplierIds.stream()
					.map(id -> new Object[] { id, OrderStatus.PENDING.name(), SqlTime.at(now) })
					.toList());
	}

	private List<Long> insertReturningIds(String sql, int rows, ParameterizedRowSetter setter) {
		var keys = new GeneratedKeyHolder();
		jdbcTemplate.batchUpdate(connection -> connection.prepareStatement(sql, new String[] { "id" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						setter.set(statement, i);
					}

					@Override
					public int getBatchSize() {
						return rows;
					}
				}, keys);
		return keys.getKeyList().stream().map(key -> ((Number) key.get("id")).longValue()).toList();
	}

	@FunctionalInterface
	private interface ParameterizedRowSetter {

		void set(PreparedStatement statement, int row) throws SQLException;

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
