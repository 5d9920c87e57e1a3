package com.orderdispatch.hub.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads supplier orders whole (lines and status history included), in as few queries as the page allows. */
@Component
public class SupplierOrderQueries {

	private static final String SELECT = """
			select so.id, so.supplier_order_number, so.supplier_id, so.status, so.total, so.updated_at, so.change_seq,
			       o.order_number, o.retailer_id, o.retailer_order_ref, o.placed_at, o.currency, o.customer_json,
			       o.ship_to_json, o.notes
			from supplier_order so join retailer_order o on o.id = so.order_id
			""";

	private final JdbcClient jdbc;

	private final JsonColumns columns;

	SupplierOrderQueries(JdbcClient jdbc, JsonColumns columns) {
		this.jdbc = jdbc;
		this.columns = columns;
	}

	/** A supplier's own order; another supplier's number finds nothing. */
	public Optional<SupplierOrderView> find(String supplierId, String supplierOrderNumber) {
		var rows = jdbc.sql(SELECT + " where so.supplier_order_number = ? and so.supplier_id = ?")
			.params(supplierOrderNumber, supplierId)
			.query(this::row)
			.list();
		return complete(rows).stream().findFirst();
	}

	/** Any supplier's order by its number, for the hub's own notices (numbers are unique across suppliers). */
	public Optional<SupplierOrderView> findByNumber(String supplierOrderNumber) {
		return complete(jdbc.sql(SELECT + " where so.supplier_order_number = ?")
			.param(supplierOrderNumber)
			.query(this::row)
			.list()).stream().findFirst();
	}

	public Optional<SupplierOrderView> findById(long id) {
		return complete(jdbc.sql(SELECT + " where so.id = ?").param(id).query(this::row).list()).stream().findFirst();
	}

	/** Several supplier orders at once, in id order (three queries however many). */
	public List<SupplierOrderView> findByIds(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return complete(jdbc.sql(SELECT + " where so.id in (:ids) order by so.id").param("ids", ids).query(this::row)
			.list());
	}

	/** A page of a supplier's orders in change order, so the last change number is the next cursor. */
	public List<SupplierOrderView> find(SupplierOrderFilter filter) {
		// Only numbered changes: a change is listed once its number is final, so the cursor never passes it by.
		var sql = new StringBuilder(SELECT).append(" where so.supplier_id = :supplier and so.change_seq is not null");
		var params = new HashMap<String, Object>();
		params.put("supplier", filter.supplierId());
		if (filter.placedFrom() != null) {
			sql.append(" and o.placed_at >= :from");
			params.put("from", SqlTime.at(filter.placedFrom()));
		}
		if (filter.placedTo() != null) {
			sql.append(" and o.placed_at < :to");
			params.put("to", SqlTime.at(filter.placedTo()));
		}
		if (filter.status() != null) {
			sql.append(" and so.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.afterChange() != null) {
			sql.append(" and so.change_seq > :after");
			params.put("after", filter.afterChange());
		}
		sql.append(" order by so.change_seq limit :limit");
		params.put("limit", filter.limit());
		return complete(jdbc.sql(sql.toString()).params(params).query(this::row).list());
	}

	/** The supplier orders of one retailer order, in supplier-order-number order. */
	List<SupplierOrderView> ofOrder(long orderId) {
		return complete(jdbc.sql(SELECT + " where so.order_id = ? order by so.supplier_order_number")
			.param(orderId)
			.query(this::row)
			.list());
	}

	private List<SupplierOrderView> complete(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = rows.stream().map(Row::id).toList();
		Map<Long, List<SupplierOrderView.LineView>> lines = new HashMap<>();
		jdbc.sql("""
				select supplier_order_id, line_ref, sku, description, quantity, unit_price, line_total, status,
				       shipped_quantity, reason
				from order_line where supplier_order_id in (:ids) order by id""")
			.param("ids", ids)
			.query((rs, n) -> lines.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new SupplierOrderView.LineView(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
						Money.of(rs.getBigDecimal(6)), Money.of(rs.getBigDecimal(7)), LineStatus.valueOf(rs.getString(8)),
						rs.getInt(9), rs.getString(10))))
			.list();
		Map<Long, List<SupplierOrderView.StatusChangeView>> history = new HashMap<>();
		jdbc.sql("""
				select supplier_order_id, from_status, to_status, changed_at, reason, actor, line_ref, quantity, note
				from status_change where supplier_order_id in (:ids) order by id""")
			.param("ids", ids)
			.query((rs, n) -> history.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new SupplierOrderView.StatusChangeView(rs.getString(2), rs.getString(3),
						SqlTime.instant(rs, "changed_at"), rs.getString(5), Actor.valueOf(rs.getString(6)),
						rs.getString(7), (Integer) rs.getObject(8, Integer.class), rs.getString(9))))
			.list();
		Map<Long, List<SupplierOrderView.ShipmentView>> shipments = shipmentsOf(ids);
		var views = new LinkedHashMap<Long, SupplierOrderView>();
		for (Row row : rows) {
			views.put(row.id(), row.view(lines.getOrDefault(row.id(), List.of()),
					history.getOrDefault(row.id(), List.of()), shipments.getOrDefault(row.id(), List.of())));
		}
		return List.copyOf(views.values());
	}

	/** Shipments with their lines: two queries for the whole page, never one per shipment. */
	private Map<Long, List<SupplierOrderView.ShipmentView>> shipmentsOf(List<Long> ids) {
		record Head(long id, long supplierOrderId, String ref, String carrier, String tracking, String url,
				java.time.Instant at) {
		}
		var heads = jdbc.sql("""
				select id, supplier_order_id, shipment_ref, carrier, tracking_number, tracking_url, shipped_at
				from shipment where supplier_order_id in (:ids) order by id""")
			.param("ids", ids)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), SqlTime.instant(rs, "shipped_at")))
			.list();
		Map<Long, List<SupplierOrderView.ShipmentView>> result = new HashMap<>();
		if (heads.isEmpty()) {
			return result;
		}
		Map<Long, List<SupplierOrderView.ShipmentLine>> lines = new HashMap<>();
		jdbc.sql("select shipment_id, line_ref, quantity from shipment_line where shipment_id in (:ids) order by line_ref")
			.param("ids", heads.stream().map(Head::id).toList())
			.query((rs, n) -> lines.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new SupplierOrderView.ShipmentLine(rs.getString(2), rs.getInt(3))))
			.list();
		for (Head head : heads) {
			result.computeIfAbsent(head.supplierOrderId(), id -> new ArrayList<>())
				.add(new SupplierOrderView.ShipmentView(head.ref(), head.carrier(), head.tracking(), head.url(),
						head.at(), List.copyOf(lines.getOrDefault(head.id(), List.of()))));
		}
		return result;
	}

	private Row row(ResultSet rs, int rowNum) throws SQLException {
		return new Row(rs.getLong("id"), new SupplierOrderView(rs.getString("supplier_order_number"),
				rs.getString("order_number"), rs.getString("supplier_id"), rs.getString("retailer_id"),
				rs.getString("retailer_order_ref"), SqlTime.instant(rs, "placed_at"),
				OrderStatus.valueOf(rs.getString("status")), rs.getString("currency"),
				Money.of(rs.getBigDecimal("total")), columns.customer(rs.getString("customer_json")),
				columns.address(rs.getString("ship_to_json")), rs.getString("notes"), List.of(), List.of(),
				SqlTime.instant(rs, "updated_at"), rs.getLong("change_seq")));
	}

	private record Row(long id, SupplierOrderView base) {

		SupplierOrderView view(List<SupplierOrderView.LineView> lines,
				List<SupplierOrderView.StatusChangeView> history, List<SupplierOrderView.ShipmentView> shipments) {
			return new SupplierOrderView(base.supplierOrderNumber(), base.orderNumber(), base.supplierId(),
					base.retailerId(), base.retailerOrderRef(), base.placedAt(), base.status(), base.currency(),
					base.total(), base.customer(), base.shipTo(), base.notes(), List.copyOf(lines),
					List.copyOf(history), base.updatedAt(), base.changeSeq(), List.copyOf(shipments));
		}

	}

}
