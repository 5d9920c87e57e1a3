package com.orderdispatch.hub.dispatch.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.orderdispatch.hub.support.TestDatabases;
import com.orderdispatch.hub.system.SqlTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the embedded store a claim locks only the deliveries it takes, the first due, however many wait behind them.
 * H2 reads and locks every row of a FOR UPDATE query before it applies LIMIT, so the query PostgreSQL runs would
 * lock the whole backlog on every claim.
 */
class ClaimOnH2Tests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final String ROUTED = "d.channel = 'webhook'";

	@Test
	void aClaimLocksOnlyTheFirstDueDeliveriesItTakes() throws SQLException {
		DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(), TestDatabases.h2Memory("claim-h2"));
		Flyway.configure().dataSource(dataSource).load().migrate();
		List<Long> due = backlog(new JdbcTemplate(dataSource), 30);

		try (Connection claimer = dataSource.getConnection(); Connection other = dataSource.getConnection()) {
			claimer.setAutoCommit(false);
			other.setAutoCommit(false);

			assertThat(claim(claimer, DueDeliveries.onH2(ROUTED), 10))
				.containsExactlyElementsOf(due.subList(0, 10));
			assertThat(lockable(other)).as("the rest of the backlog stays free").isEqualTo(20);
			claimer.rollback();
			other.rollback();

			// What the PostgreSQL form does on H2: it locks every due row to claim ten.
			assertThat(claim(claimer, DueDeliveries.onPostgres(ROUTED), 10)).hasSize(10);
			assertThat(lockable(other)).isZero();
			claimer.rollback();
			other.rollback();
		}
	}

	@Test
	void aDeliveryAnotherOpenClaimHoldsIsSkippedNotWaitedFor() throws SQLException {
		DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				TestDatabases.h2Memory("claim-h2-held"));
		Flyway.configure().dataSource(dataSource).load().migrate();
		List<Long> due = backlog(new JdbcTemplate(dataSource), 3);

		try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			assertThat(claim(first, DueDeliveries.onH2(ROUTED), 1)).containsExactly(due.get(0));

			// The first three due are picked; the one the open claim holds is skipped, the other two are taken.
			assertThat(claim(second, DueDeliveries.onH2(ROUTED), 3))
				.containsExactlyElementsOf(due.subList(1, 3));
			first.rollback();
			second.rollback();
		}
	}

	private static List<Long> backlog(JdbcTemplate jdbc, int count) {
		jdbc.update("""
				insert into delivery_event (event_type, subject, order_number, occurred_at, payload)
				values ('supplier_order.created', 'ODH-100001-01', 'ODH-100001', ?, '{}')""", SqlTime.at(NOW));
		long event = jdbc.queryForObject("select max(id) from delivery_event", Long.class);
		var ids = new ArrayList<Long>();
		for (int i = 0; i < count; i++) {
			Instant due = NOW.minusSeconds(count - i);
			jdbc.update("""
					insert into delivery (idempotency_key, event_id, supplier_id, channel, event_type, status, attempts,
					    next_attempt_at, due_at, created_at, updated_at)
					values (?, ?, 'acme', 'webhook', 'supplier_order.created', 'PENDING', 0, ?, ?, ?, ?)""",
					"msg_" + i, event, SqlTime.at(due), SqlTime.at(due), SqlTime.at(NOW), SqlTime.at(NOW));
			ids.add(jdbc.queryForObject("select id from delivery where idempotency_key = ?", Long.class, "msg_" + i));
		}
		return ids;
	}

	private static List<Long> claim(Connection connection, String query, int limit) {
		return new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true)).query(query,
				Map.of("now", SqlTime.at(NOW), "limit", limit), (rs, n) -> rs.getLong("id"))
			.stream()
			.sorted()
			.toList();
	}

	private static int lockable(Connection connection) throws SQLException {
		try (var rs = connection.createStatement()
			.executeQuery("select id from delivery where status = 'PENDING' for update skip locked")) {
			int count = 0;
			while (rs.next()) {
				count++;
			}
			return count;
		}
	}

}
