package com.orderdispatch.hub.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads orders the way their retailer sees them. A retailer only ever finds its own orders. */
@Component
public class OrderQueries {

	private final JdbcClient jdbc;

	private final JsonColumns columns;

	private final SupplierOrderQueries supplierOrders;

	OrderQueries(JdbcClient jdbc, JsonColumns columns, SupplierOrderQueries supplierOrders) {
		this.jdbc = jdbc;
		this.columns = columns;
		this.supplierOrders = supplierOrders;
	}

	/** An earlier submission of a retailer reference: the numbers it was given and its request fingerprint. */
	public record PriorSubmission(PlacedOrder order, String requestHash) {

		/** Whether a request with this fingerprint is a retry of it; orders stored without one count as retries. */
		public boolean sameRequest(String fingerprint) {
			return requestHash == null || requestHash.equals(fingerprint);
		}

	}

	/**
	 * The earlier submission of the same retailer reference. Two queries one after the other, never one inside the
	 * other's row mapping (STYLE rule 11: a query issued from a row mapper holds one pooled connection while it waits
	 * for a second, and a storm of duplicates then deadlocks the pool).
	 */
	public Optional<PriorSubmission> findPrior(String retailerId, String retailerOrderRef) {
		var row = jdbc.sql("select id, order_number, retailer_order_ref, placed_at, request_hash from retailer_order "
				+ "where retailer_id = ? and retailer_order_ref = ?")
			.params(retailerId, retailerOrderRef)
			.query((rs, n) -> Map.entry(rs.getLong("id"),
					new PriorSubmission(new PlacedOrder(rs.getString("order_number"),
							rs.getString("retailer_order_ref"), SqlTime.instant(rs, "placed_at"), List.of()),
							rs.getString("request_hash"))))
			.optional();
		return row.map(found -> {
			var order = found.getValue().order();
			var refs = refsOf(List.of(found.getKey())).getOrDefault(found.getKey(), List.of());
			return new PriorSubmission(new PlacedOrder(order.orderNumber(), order.retailerOrderRef(),
					order.placedAt(), refs), found.getValue().requestHash());
		});
	}

	/** The numbers an earlier submission of the same retailer reference was given. */
	public Optional<PlacedOrder> findPlaced(String retailerId, String retailerOrderRef) {
		return findPrior(retailerId, retailerOrderRef).map(PriorSubmission::order);
	}

	public Optional<OrderView> find(String retailerId, String orderNumber) {
		var row = jdbc.sql("select * from retailer_order where order_number = ? and retailer_id = ?")
			.params(orderNumber, retailerId)
			.query((rs, n) -> Map.entry(rs.getLong("id"),
					new OrderView(rs.getString("order_number"), rs.getString("retailer_id"),
							rs.getString("retailer_order_ref"), SqlTime.instant(rs, "placed_at"),
							SqlTime.instant(rs, "received_at"), rs.getString("currency"),
							Money.of(rs.getBigDecimal("total")), columns.customer(rs.getString("customer_json")),
							columns.address(rs.getString("ship_to_json")), rs.getString("notes"), List.of())))
			.optional();
		// The supplier orders after the order row is read, not from inside its row mapper (STYLE rule 11).
		return row.map(found -> found.getValue().withSupplierOrders(supplierOrders.ofOrder(found.getKey())));
	}

	/** Any retailer's order, for administrators. */
	public Optional<OrderView> findAny(String orderNumber) {
		return jdbc.sql("select retailer_id from retailer_order where order_number = ?")
			.param(orderNumber)
			.query(String.class)
			.optional()
			.flatMap(retailerId -> find(retailerId, orderNumber));
	}

	/** The filtered page; a filter without a retailer (the admin console's) lists every retailer's orders. */
	public Page<OrderSummary> list(OrderFilter filter) {
		return list(filter, OrderSort.PLACED, false);
	}

	/** The filtered page in the order the administrator chose. */
	public Page<OrderSummary> list(OrderFilter filter, OrderSort sort, boolean ascending) {
		var where = new StringBuilder(" from retailer_order o where 1 = 1");
		var params = new HashMap<String, Object>();
		if (filter.retailerId() != null) {
			where.append(" and o.retailer_id = :retailer");
			params.put("retailer", filter.retailerId());
		}
		if (filter.placedFrom() != null) {
			where.append(" and o.placed_at >= :from");
			params.put("from", SqlTime.at(filter.placedFrom()));
		}
		if (filter.placedTo() != null) {
			where.append(" and o.placed_at < :to");
			params.put("to", SqlTime.at(filter.placedTo()));
		}
		if (filter.orderNumber() != null) {
			where.append(" and o.order_number = :number");
			params.put("number", filter.orderNumber());
		}
		if (filter.customerName() != null) {
			where.append(" and lower(o.customer_name) like :customer escape '\\'");
			params.put("customer", "%" + likeEscaped(filter.customerName().toLowerCase()) + "%");
		}
		if (filter.status() != null || filter.supplierId() != null) {
			where.append(" and exists (select 1 from supplier_order so where so.order_id = o.id");
			if (filter.status() != null) {
				where.append(" and so.status = :status");
				params.put("status", filter.status().name());
			}
			if (filter.supplierId() != null) {
				where.append(" and so.supplier_id = :supplier");
				params.put("supplier", filter.supplierId());
			}
			where.append(')');
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		params.put("limit", filter.size());
		params.put("offset", (long) filter.page() * filter.size());
		var rows = jdbc.sql("select o.id, o.order_number, o.retailer_order_ref, o.placed_at, o.customer_name, "
				+ "o.currency, o.total" + where + sort.orderBy(ascending) + " limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> Map.entry(rs.getLong("id"),
					new OrderSummary(rs.getString("order_number"), rs.getString("retailer_order_ref"),
							SqlTime.instant(rs, "placed_at"), rs.getString("customer_name"), rs.getString("currency"),
							Money.of(rs.getBigDecimal("total")), List.of())))
			.list();
		var refs = refsOf(rows.stream().map(Map.Entry::getKey).toList());
		var items = rows.stream().map(row -> {
			var s = row.getValue();
			return new OrderSummary(s.orderNumber(), s.retailerOrderRef(), s.placedAt(), s.customerName(),
					s.currency(), s.total(), refs.getOrDefault(row.getKey(), List.of()));
		}).toList();
		return new Page<>(items, filter.page(), filter.size(), total);
	}

	private Map<Long, List<PlacedOrder.SupplierOrderRef>> refsOf(List<Long> orderIds) {
		var refs = new LinkedHashMap<Long, List<PlacedOrder.SupplierOrderRef>>();
		if (orderIds.isEmpty()) {
			return refs;
		}
		jdbc.sql("select id, order_id, supplier_order_number, supplier_id, status from supplier_order "
				+ "where order_id in (:ids) order by supplier_order_number")
			.param("ids", orderIds)
			.query((rs, n) -> refs.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>())
				.add(new PlacedOrder.SupplierOrderRef(rs.getLong("id"), rs.getString("supplier_order_number"),
						rs.getString("supplier_id"), OrderStatus.valueOf(rs.getString("status")))))
			.list();
		return refs;
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
