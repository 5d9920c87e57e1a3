package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Carries deliveries planned before engine v2 over: each supplier order's deliveries get one frozen
 * {@code supplier_order.created} event, rendered from the order as it is now (the best that can still be known), in
 * the shape the planner renders. Plain JDBC, so it runs the same on H2 and PostgreSQL before the application starts.
 */
public class V2_2__Freeze_events_of_existing_deliveries extends BaseJavaMigration {

	private final ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		List<Long> supplierOrders = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select distinct supplier_order_id from delivery where event_id is null order by 1")) {
			while (rs.next()) {
				supplierOrders.add(rs.getLong(1));
			}
		}
		for (long id : supplierOrders) {
			freeze(connection, id);
		}
	}

	private void freeze(Connection connection, long supplierOrderId) throws SQLException, JsonProcessingException {
		var data = new LinkedHashMap<String, Object>();
		String orderNumber;
		String subject;
		OffsetDateTime createdAt;
		try (PreparedStatement select = connection.prepareStatement("""
				select so.supplier_order_number, o.order_number, so.supplier_id, o.retailer_id, o.retailer_order_ref,
				       o.placed_at, so.status, o.currency, so.total, o.customer_json, o.ship_to_json, o.notes,
				       so.updated_at, so.created_at
				from supplier_order so join retailer_order o on o.id = so.order_id where so.id = ?""")) {
			select.setLong(1, supplierOrderId);
			try (ResultSet rs = select.executeQuery()) {
				rs.next();
				subject = rs.getString(1);
				orderNumber = rs.getString(2);
				data.put("supplierOrderNumber", subject);
				data.put("orderNumber", orderNumber);
				data.put("supplierId", rs.getString(3));
				data.put("retailerId", rs.getString(4));
				data.put("retailerOrderRef", rs.getString(5));
				data.put("placedAt", instant(rs.getObject(6, OffsetDateTime.class)));
				data.put("status", rs.getString(7));
				data.put("currency", rs.getString(8));
				data.put("total", money(rs.getBigDecimal(9)));
				data.put("customer", tree(rs.getString(10)));
				data.put("shipTo", tree(rs.getString(11)));
				data.put("notes", rs.getString(12));
				data.put("lines", lines(connection, supplierOrderId));
				data.put("statusHistory", history(connection, supplierOrderId));
				data.put("updatedAt", instant(rs.getObject(13, OffsetDateTime.class)));
				createdAt = rs.getObject(14, OffsetDateTime.class);
			}
		}
		var document = new LinkedHashMap<String, Object>();
		document.put("type", "supplier_order.created");
		document.put("subject", subject);
		document.put("timestamp", instant(createdAt));
		document.put("data", data);
		long eventId;
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into delivery_event (event_type, subject, order_number, occurred_at, payload)
				values ('supplier_order.created', ?, ?, ?, ?)""", new String[] { "id" })) {
			insert.setString(1, subject);
			insert.setString(2, orderNumber);
			insert.setObject(3, createdAt);
			insert.setString(4, json.writeValueAsString(document));
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				eventId = keys.getLong(1);
			}
		}
		try (PreparedStatement link = connection
			.prepareStatement("update delivery set event_id = ? where supplier_order_id = ? and event_id is null")) {
			link.setLong(1, eventId);
			link.setLong(2, supplierOrderId);
			link.executeUpdate();
		}
	}

	private static List<Map<String, Object>> lines(Connection connection, long id) throws SQLException {
		var lines = new ArrayList<Map<String, Object>>();
		try (PreparedStatement select = connection.prepareStatement("""
				select line_ref, sku, description, quantity, unit_price, line_total
				from order_line where supplier_order_id = ? order by id""")) {
			select.setLong(1, id);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					var line = new LinkedHashMap<String, Object>();
					line.put("lineRef", rs.getString(1));
					line.put("sku", rs.getString(2));
					line.put("description", rs.getString(3));
					line.put("quantity", rs.getInt(4));
					line.put("unitPrice", money(rs.getBigDecimal(5)));
					line.put("lineTotal", money(rs.getBigDecimal(6)));
					lines.add(line);
				}
			}
		}
		return lines;
	}

	private static List<Map<String, Object>> history(Connection connection, long id) throws SQLException {
		var changes = new ArrayList<Map<String, Object>>();
		try (PreparedStatement select = connection.prepareStatement("""
				select from_status, to_status, changed_at, reason
				from status_change where supplier_order_id = ? order by id""")) {
			select.setLong(1, id);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					var change = new LinkedHashMap<String, Object>();
					change.put("from", rs.getString(1));
					change.put("to", rs.getString(2));
					change.put("at", instant(rs.getObject(3, OffsetDateTime.class)));
					change.put("reason", rs.getString(4));
					changes.add(change);
				}
			}
		}
		return changes;
	}

	private JsonNode tree(String text) throws JsonProcessingException {
		return text == null ? null : json.readTree(text);
	}

	/** As the hub shows amounts: at least two decimals, no trailing noise. */
	private static java.math.BigDecimal money(java.math.BigDecimal stored) {
		var plain = stored.stripTrailingZeros();
		return plain.scale() < 2 ? plain.setScale(2, java.math.RoundingMode.UNNECESSARY) : plain;
	}

	private static String instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant().toString();
	}

}
