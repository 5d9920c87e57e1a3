package com.orderdispatch.hub.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.order.Actor;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The shipment and shipment_line rows of a supplier order, for {@link LifecycleStore}, in its transaction. */
final class ShipmentRows {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	ShipmentRows(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	private record ShipmentRow(long id, String naturalKey, String contentKey, String shipmentRef, String carrier,
			String trackingNumber) {
	}

	/**
	 * The order's shipments, with the key that tells a repeat. Shipments recorded before content keys have only a
	 * natural_key: their content key is worked out from their lines, read with one query for all of them.
	 */
	List<OrderState.RecordedShipment> of(long supplierOrderId) {
		var rows = jdbc.sql("""
				select id, natural_key, content_key, shipment_ref, carrier, tracking_number from shipment
				where supplier_order_id = ? order by id""")
			.param(supplierOrderId)
			.query((rs, n) -> new ShipmentRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
		var legacyIds = rows.stream().filter(row -> row.contentKey() == null && row.naturalKey() != null)
			.map(ShipmentRow::id).toList();
		var legacyLines = new HashMap<Long, List<LifecycleCommand.ShipLine>>();
		if (!legacyIds.isEmpty()) {
			jdbc.sql("select shipment_id, line_ref, quantity from shipment_line where shipment_id in (:ids)")
				.param("ids", legacyIds)
				.query((rs, n) -> Map.entry(rs.getLong(1), new LifecycleCommand.ShipLine(rs.getString(2), rs.getInt(3))))
				.list()
				.forEach(e -> legacyLines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		}
		return rows.stream().map(row -> {
			if (row.contentKey() != null || row.naturalKey() == null) {
				return new OrderState.RecordedShipment(row.shipmentRef(), row.contentKey(), null);
			}
			String key = ShipmentKey.of(row.shipmentRef(), row.carrier(), row.trackingNumber(),
					legacyLines.getOrDefault(row.id(), List.of()));
			return new OrderState.RecordedShipment(row.shipmentRef(), key, row.naturalKey());
		}).toList();
	}

	void insert(long supplierOrderId, Plan.NewShipment shipment, Actor actor, Instant now) {
		var ship = shipment.command();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into shipment (supplier_order_id, content_key, shipment_ref, carrier, tracking_number,
				    tracking_url, shipped_at, actor)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(supplierOrderId, shipment.contentKey(), blankToNull(ship.shipmentRef()), ship.carrier(),
					blankToNull(ship.trackingNumber()), blankToNull(ship.trackingUrl()), SqlTime.at(now), actor.name())
			.update(key, "id");
		long shipmentId = key.getKey().longValue();
		jdbcTemplate.batchUpdate("insert into shipment_line (shipment_id, line_ref, quantity) values (?, ?, ?)",
				shipment.lines().stream().map(l -> new Object[] { shipmentId, l.lineRef(), l.quantity() }).toList());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
