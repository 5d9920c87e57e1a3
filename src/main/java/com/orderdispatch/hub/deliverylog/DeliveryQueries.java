package com.orderdispatch.hub.deliverylog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.orderdispatch.hub.order.Page;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the delivery log: deliveries with their order numbers and every attempt. */
@Component
public class DeliveryQueries {

	private static final String SELECT = """
			select d.id, d.idempotency_key, coalesce(e.order_number, o.order_number) as order_number,
			       so.supplier_order_number, d.supplier_id, d.channel,
			       d.event_type, d.status, d.attempts, d.next_attempt_at, d.last_error, d.created_at, d.updated_at,
			       d.delivered_at
			from delivery d
			left join delivery_event e on e.id = d.event_id
			left join supplier_order so on so.id = d.supplier_order_id
			left join retailer_order o on o.id = so.order_id
			""";

	private static final String COUNT = """
			select count(*) from delivery d
			left join delivery_event e on e.id = d.event_id
			left join supplier_order so on so.id = d.supplier_order_id
			left join retailer_order o on o.id = so.order_id
			""";

	private final JdbcClient jdbc;

	DeliveryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page<DeliveryView> find(DeliveryFilter filter) {
		return find(filter, DeliverySort.ID, false);
	}

	/** The filtered page in the order the administrator chose. */
	public Page<DeliveryView> find(DeliveryFilter filter, DeliverySort sort, boolean ascending) {
		var where = new StringBuilder(" where 1 = 1");
		var params = new HashMap<String, Object>();
		condition(where, params, "d.supplier_id", "supplier", filter.supplierId());
		condition(where, params, "d.channel", "channel", filter.channel());
		condition(where, params, "d.status", "status", filter.status());
		condition(where, params, "coalesce(e.order_number, o.order_number)", "order", filter.orderNumber());
		long total = jdbc.sql(COUNT + where).params(params).query(Long.class).single();
		params.put("limit", filter.size());
		params.put("offset", (long) filter.page() * filter.size());
		var items = withAttempts(jdbc.sql(SELECT + where + sort.orderBy(ascending) + " limit :limit offset :offset")
			.params(params)
			.query(this::row)
			.list());
		return new Page<>(items, filter.page(), filter.size(), total);
	}

	public Optional<DeliveryView> find(long id) {
		return withAttempts(jdbc.sql(SELECT + " where d.id = ?").param(id).query(this::row).list()).stream()
			.findFirst();
	}

	private static void condition(StringBuilder sql, Map<String, Object> params, String column, String name,
			String value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = :").append(name);
			params.put(name, value);
		}
	}

	private List<DeliveryView> withAttempts(List<DeliveryView> deliveries) {
		if (deliveries.isEmpty()) {
			return deliveries;
		}
		Map<Long, List<DeliveryView.AttemptView>> attempts = new HashMap<>();
		jdbc.sql("""
				select delivery_id, attempt, started_at, duration_ms, outcome, http_status, error, claimed_by
				from delivery_attempt where delivery_id in (:ids) order by id""")
			.param("ids", deliveries.stream().map(DeliveryView::id).toList())
			.query((rs, n) -> attempts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new DeliveryView.AttemptView(rs.getInt(2), SqlTime.instant(rs, "started_at"), rs.getLong(4),
						rs.getString(5), (Integer) rs.getObject(6, Integer.class), rs.getString(7),
						rs.getString(8))))
			.list();
		return deliveries.stream().map(d -> d.withAttempts(attempts.getOrDefault(d.id(), List.of()))).toList();
	}

	private DeliveryView row(ResultSet rs, int n) throws SQLException {
		return new DeliveryView(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("order_number"),
				rs.getString("supplier_order_number"), rs.getString("supplier_id"), rs.getString("channel"),
				rs.getString("event_type"), rs.getString("status"), rs.getInt("attempts"),
				SqlTime.instant(rs, "next_attempt_at"), rs.getString("last_error"), SqlTime.instant(rs, "created_at"),
				SqlTime.instant(rs, "updated_at"), SqlTime.instant(rs, "delivered_at"), List.of());
	}

}
