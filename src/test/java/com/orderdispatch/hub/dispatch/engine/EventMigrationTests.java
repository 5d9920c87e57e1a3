package com.orderdispatch.hub.dispatch.engine;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdispatch.hub.support.TestDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine v2 migration on both databases: deliveries planned before it get their frozen event and a due time,
 * and on PostgreSQL the claim query reads ix_delivery_due_at.
 */
class EventMigrationTests {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void carriesExistingDeliveriesOverOnH2() throws Exception {
		var dataSource = new SimpleDriverDataSource(new org.h2.Driver(), TestDatabases.h2Memory("migration"));
		carriesExistingDeliveriesOver(dataSource);
	}

	@Test
	void carriesExistingDeliveriesOverOnPostgresAndTheClaimUsesItsIndex() throws Exception {
		try (var postgres = EmbeddedPostgres.builder().start()) {
			DataSource dataSource = postgres.getPostgresDatabase();
			carriesExistingDeliveriesOver(dataSource);

			// One connection for both statements; a tiny table is read whole, so forbid that and see which index the
			// claim can use.
			var jdbc = new JdbcTemplate(new SingleConnectionDataSource(dataSource.getConnection(), true));
			jdbc.execute("set enable_seqscan = off");
			String plan = String.join("\n", jdbc.queryForList("explain " + DueDeliveries
				.onPostgres(DueDeliveries.ROUTED)
				.replace(":now", "now()")
				.replace(":limit", "50")
				.replace(":keys", "'webhook:acme'"), String.class));
			assertThat(plan).contains("Index Scan using ix_delivery_due_at").doesNotContain("Sort");
		}
	}

	private void carriesExistingDeliveriesOver(DataSource dataSource) throws Exception {
		Flyway.configure().dataSource(dataSource).target("2").load().migrate();
		var jdbc = new JdbcTemplate(dataSource);
		jdbc.update("""
				insert into retailer_order (id, order_number, retailer_id, retailer_order_ref, placed_at, received_at,
				    currency, customer_name, customer_json, ship_to_json, total)
				values (1, 'ODH-100001', 'demo-shop', 'OLD-1', now(), now(), 'EUR', 'Ada',
				    '{"name":"Ada"}', '{"name":"Ada","city":"London"}', 7.0000)""");
		jdbc.update("""
				insert into supplier_order (id, supplier_order_number, order_id, supplier_id, status, change_seq, total,
				    created_at, updated_at)
				values (1, 'ODH-100001-01', 1, 'acme', 'PENDING', 1, 7.0000, now(), now())""");
		jdbc.update("""
				insert into order_line (supplier_order_id, line_ref, sku, description, quantity, unit_price, line_total)
				values (1, '1', 'SKU-1', 'Thing', 2, 3.5000, 7.0000)""");
		for (String channel : List.of("email", "webhook")) {
			jdbc.update("""
					insert into delivery (idempotency_key, supplier_order_id, supplier_id, channel, event_type, status,
					    next_attempt_at, created_at, updated_at)
					values (?, 1, 'acme', ?, 'supplier_order.created', 'PENDING', now(), now(), now())""",
					"msg_old_" + channel, channel);
		}

		Flyway.configure().dataSource(dataSource).outOfOrder(true).load().migrate();

		List<Map<String, Object>> rows = jdbc.queryForList("""
				select d.event_id, d.due_at, d.next_attempt_at, d.recipient_type, e.event_type, e.subject,
				    e.order_number, e.payload
				from delivery d join delivery_event e on e.id = d.event_id order by d.id""");
		assertThat(rows).hasSize(2);
		assertThat(rows).extracting(row -> row.get("event_id")).as("one event, shared by both channels")
			.containsOnly(rows.get(0).get("event_id"));
		var first = rows.get(0);
		assertThat(first).containsEntry("event_type", "supplier_order.created")
			.containsEntry("subject", "ODH-100001-01")
			.containsEntry("order_number", "ODH-100001")
			.containsEntry("recipient_type", "supplier");
		assertThat(first.get("due_at")).isEqualTo(first.get("next_attempt_at"));
		JsonNode payload = json.readTree((String) first.get("payload"));
		assertThat(payload.get("type").asText()).isEqualTo("supplier_order.created");
		assertThat(payload.at("/data/supplierOrderNumber").asText()).isEqualTo("ODH-100001-01");
		assertThat(payload.at("/data/lines/0/sku").asText()).isEqualTo("SKU-1");
		assertThat(payload.at("/data/shipTo/city").asText()).isEqualTo("London");
		assertThat(payload.at("/data/total").decimalValue()).isEqualByComparingTo("7.00");
	}

}
