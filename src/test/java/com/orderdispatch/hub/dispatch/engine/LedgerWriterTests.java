package com.orderdispatch.hub.dispatch.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.DeliveryEvent;
import com.orderdispatch.hub.dispatch.Outbox;
import com.orderdispatch.hub.dispatch.Recipient;
import com.orderdispatch.hub.support.TestDatabases;
import com.orderdispatch.hub.system.DatabaseAvailability;
import com.orderdispatch.hub.system.SqlTime;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deliveries whose sends finish together are recorded in one transaction on the real schema (H2 and PostgreSQL),
 * and each is fenced by this engine's lease: a row another claim took meanwhile is left as that claim wrote it.
 */
class LedgerWriterTests {

	private static final String ME = "engine-a";

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final Instant MY_LEASE = NOW.plusSeconds(60);

	private static final Instant THEIR_LEASE = NOW.plusSeconds(300);

	@Test
	void recordsDeliveriesThatFinishTogetherInOneTransactionFencedByTheLeaseOnH2() throws Exception {
		recordsTogetherFencedByTheLease(
				new SimpleDriverDataSource(new org.h2.Driver(), TestDatabases.h2Memory("delivered-batch")));
	}

	@Test
	void recordsDeliveriesThatFinishTogetherInOneTransactionFencedByTheLeaseOnPostgres() throws Exception {
		try (var postgres = EmbeddedPostgres.builder().start()) {
			recordsTogetherFencedByTheLease(postgres.getPostgresDatabase());
		}
	}

	@Test
	void aSenderThatNeedNotWaitQueuesItsRecordsAndTheyAreCommittedTogether() throws Exception {
		var dataSource = new SimpleDriverDataSource(new org.h2.Driver(), TestDatabases.h2Memory("delivered-later"));
		var jdbc = migrated(dataSource);
		long event = event(jdbc);
		long first = inFlight(jdbc, event, "first", ME, 1);
		var dropped = List.of(inFlight(jdbc, event, "file-1", ME, 1), inFlight(jdbc, event, "file-2", ME, 1),
				inFlight(jdbc, event, "file-3", ME, 1));
		long reclaimed = inFlight(jdbc, event, "file-reclaimed", "engine-b", 2);

		var transactions = new HeldFirstTransaction(dataSource);
		var batch = batchOf(jdbc, transactions);
		try {
			var held = batch.completeLater(new LedgerWriter.Completion(attempt(first, 1), null));
			assertThat(transactions.firstBegun.await(10, TimeUnit.SECONDS)).isTrue();
			// The writer is held in its first transaction, yet the sender goes on: nothing here waits for it.
			var later = new ArrayList<CompletableFuture<Boolean>>();
			for (long id : dropped) {
				later.add(batch.completeLater(new LedgerWriter.Completion(attempt(id, 1), null)));
			}
			var lost = batch.completeLater(new LedgerWriter.Completion(attempt(reclaimed, 1), null));
			assertThat(later).noneMatch(CompletableFuture::isDone);
			assertThat(batch.waiting()).as("shown as hub.delivery.records.waiting").isEqualTo(4);
			assertThat(row(jdbc, dropped.get(0))).containsEntry("status", "IN_FLIGHT");

			transactions.release.countDown();
			assertThat(LedgerWriter.await(held)).isTrue();
			for (var each : later) {
				assertThat(LedgerWriter.await(each)).isTrue();
			}
			assertThat(LedgerWriter.await(lost)).as("another engine holds that lease").isFalse();
			assertThat(transactions.commits).as("the held first, then the queued ones together").hasValue(2);
			for (long id : dropped) {
				assertThat(row(jdbc, id)).containsEntry("status", "DELIVERED").containsEntry("due_at", null);
			}
			assertThat(row(jdbc, reclaimed)).containsEntry("status", "IN_FLIGHT").containsEntry("claimed_by",
					"engine-b");
		}
		finally {
			transactions.release.countDown();
			batch.stop();
		}
	}

	private static JdbcTemplate migrated(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).load().migrate();
		return new JdbcTemplate(dataSource);
	}

	/** This engine's group writer, writing through transactions the test can hold. */
	private static LedgerWriter batchOf(JdbcTemplate jdbc, HeldFirstTransaction transactions) {
		var clock = Clock.fixed(NOW, ZoneOffset.UTC);
		return new LedgerWriter(jdbc, new TransactionTemplate(transactions), new EngineId(ME), clock,
				DatabaseAvailability.withoutPool(clock));
	}

	private void recordsTogetherFencedByTheLease(DataSource dataSource) throws Exception {
		var jdbc = migrated(dataSource);
		long event = event(jdbc);
		long first = inFlight(jdbc, event, "first", ME, 1);
		var mine = List.of(inFlight(jdbc, event, "mine-1", ME, 1), inFlight(jdbc, event, "mine-2", ME, 3),
				inFlight(jdbc, event, "mine-3", ME, 1));
		// Lost leases: another engine reclaimed it; this engine's own later claim took it again; recovery put it back.
		long reclaimed = inFlight(jdbc, event, "reclaimed", "engine-b", 2);
		long claimedAgain = inFlight(jdbc, event, "claimed-again", ME, 2);
		long putBack = pending(jdbc, event, "put-back");

		var transactions = new HeldFirstTransaction(dataSource);
		var batch = batchOf(jdbc, transactions);
		try {
			var recorded = new ConcurrentHashMap<Long, Boolean>();
			// The first record holds the writer in its transaction, so the others queue up and go in the next one.
			Thread firstWorker = worker(batch, attempt(first, 1), recorded);
			assertThat(transactions.firstBegun.await(10, TimeUnit.SECONDS)).isTrue();
			var workers = new ArrayList<Thread>();
			for (int i = 0; i < mine.size(); i++) {
				workers.add(worker(batch, attempt(mine.get(i), i == 1 ? 3 : 1), recorded));
			}
			workers.add(worker(batch, attempt(reclaimed, 1), recorded));
			workers.add(worker(batch, attempt(claimedAgain, 1), recorded));
			workers.add(worker(batch, attempt(putBack, 1), recorded));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> workers.stream().allMatch(w -> w.getState() == Thread.State.TIMED_WAITING));
			transactions.release.countDown();
			firstWorker.join(10_000);
			for (Thread w : workers) {
				w.join(10_000);
			}

			assertThat(transactions.commits).as("the first alone, then all the others together").hasValue(2);
			assertThat(recorded).containsEntry(first, true)
				.containsEntry(mine.get(0), true)
				.containsEntry(mine.get(1), true)
				.containsEntry(mine.get(2), true)
				.containsEntry(reclaimed, false)
				.containsEntry(claimedAgain, false)
				.containsEntry(putBack, false);
			for (long id : List.of(first, mine.get(0), mine.get(1), mine.get(2))) {
				assertThat(row(jdbc, id)).as("delivery %d", id)
					.containsEntry("status", "DELIVERED")
					.containsEntry("due_at", null)
					.containsEntry("lease_until", null)
					.containsEntry("delivered_at", NOW);
			}
			assertThat(row(jdbc, reclaimed)).containsEntry("status", "IN_FLIGHT")
				.containsEntry("claimed_by", "engine-b")
				.containsEntry("due_at", THEIR_LEASE)
				.containsEntry("delivered_at", null);
			assertThat(row(jdbc, claimedAgain)).containsEntry("status", "IN_FLIGHT")
				.containsEntry("due_at", MY_LEASE)
				.containsEntry("delivered_at", null);
			assertThat(row(jdbc, putBack)).containsEntry("status", "PENDING")
				.containsEntry("due_at", NOW)
				.containsEntry("delivered_at", null);
			assertThat(jdbc.query("select delivery_id, attempt, outcome, claimed_by from delivery_attempt "
					+ "order by delivery_id", (rs, n) -> rs.getLong(1) + "/" + rs.getInt(2) + " " + rs.getString(3)
							+ " by " + rs.getString(4)))
				.as("one attempt logged per recorded delivery, none for a lost lease")
				.containsExactly(attemptRow(first, 1), attemptRow(mine.get(0), 1), attemptRow(mine.get(1), 3),
						attemptRow(mine.get(2), 1));
		}
		finally {
			transactions.release.countDown();
			batch.stop();
		}
	}

	private static Thread worker(LedgerWriter batch, AttemptRecord attempt, Map<Long, Boolean> recorded) {
		var thread = new Thread(() -> recorded.put(attempt.delivery().id(), LedgerWriter.await(batch.completeLater(new LedgerWriter.Completion(attempt, null)))));
		thread.start();
		return thread;
	}

	private static AttemptRecord attempt(long id, int attempt) {
		var delivery = new Delivery(id, "msg_" + id, attempt, "webhook", Recipient.supplier("acme"),
				new DeliveryEvent(0, Outbox.ORDER_CREATED, "ODH-100001-01", "ODH-100001", NOW, "{}"), null);
		return new AttemptRecord(delivery, NOW.minusMillis(40), Duration.ofMillis(40), AttemptRecord.Outcome.DELIVERED, 204, null);
	}

	private static long event(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into delivery_event (event_type, subject, order_number, occurred_at, payload)
				values ('supplier_order.created', 'ODH-100001-01', 'ODH-100001', ?, '{}')""", SqlTime.at(NOW));
		return jdbc.queryForObject("select max(id) from delivery_event", Long.class);
	}

	/** A delivery as a claim leaves it: IN_FLIGHT, due when its lease ends. */
	private static long inFlight(JdbcTemplate jdbc, long event, String key, String claimedBy, int attempts) {
		Instant lease = ME.equals(claimedBy) ? MY_LEASE : THEIR_LEASE;
		jdbc.update("""
				insert into delivery (idempotency_key, event_id, supplier_id, channel, event_type, status, attempts,
				    claimed_by, lease_until, next_attempt_at, due_at, created_at, updated_at)
				values (?, ?, 'acme', 'webhook', 'supplier_order.created', 'IN_FLIGHT', ?, ?, ?, ?, ?, ?, ?)""",
				"msg_" + key, event, attempts, claimedBy, SqlTime.at(lease), SqlTime.at(NOW), SqlTime.at(lease),
				SqlTime.at(NOW), SqlTime.at(NOW));
		return id(jdbc, key);
	}

	/** A delivery whose claim was undone (its engine stopped): PENDING again, due now, attempt 1 not counted. */
	private static long pending(JdbcTemplate jdbc, long event, String key) {
		jdbc.update("""
				insert into delivery (idempotency_key, event_id, supplier_id, channel, event_type, status, attempts,
				    next_attempt_at, due_at, created_at, updated_at)
				values (?, ?, 'acme', 'webhook', 'supplier_order.created', 'PENDING', 0, ?, ?, ?, ?)""", "msg_" + key,
				event, SqlTime.at(NOW), SqlTime.at(NOW), SqlTime.at(NOW), SqlTime.at(NOW));
		return id(jdbc, key);
	}

	private static long id(JdbcTemplate jdbc, String key) {
		return jdbc.queryForObject("select id from delivery where idempotency_key = ?", Long.class, "msg_" + key);
	}

	private static Map<String, Object> row(JdbcTemplate jdbc, long id) {
		return jdbc.queryForObject("""
				select status, claimed_by, lease_until, due_at, delivered_at from delivery where id = ?""",
				(rs, n) -> {
					var row = new HashMap<String, Object>();
					row.put("status", rs.getString("status"));
					row.put("claimed_by", rs.getString("claimed_by"));
					row.put("lease_until", SqlTime.instant(rs, "lease_until"));
					row.put("due_at", SqlTime.instant(rs, "due_at"));
					row.put("delivered_at", SqlTime.instant(rs, "delivered_at"));
					return row;
				}, id);
	}

	private static String attemptRow(long id, int attempt) {
		return id + "/" + attempt + " DELIVERED by " + ME;
	}

	/** Transactions on the real store; the first one waits inside until released, and commits are counted. */
	private static final class HeldFirstTransaction extends DataSourceTransactionManager {

		final CountDownLatch firstBegun = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final AtomicInteger begun = new AtomicInteger();

		final AtomicInteger commits = new AtomicInteger();

		HeldFirstTransaction(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			super.doBegin(transaction, definition);
			if (begun.getAndIncrement() == 0) {
				firstBegun.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			super.doCommit(status);
			commits.incrementAndGet();
		}

	}

}
