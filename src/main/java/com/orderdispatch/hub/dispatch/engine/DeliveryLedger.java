package com.orderdispatch.hub.dispatch.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.DeliveryEvent;
import com.orderdispatch.hub.dispatch.Recipient;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static com.orderdispatch.hub.dispatch.DeliveryStatus.DEAD;
import static com.orderdispatch.hub.dispatch.DeliveryStatus.DELIVERED;
import static com.orderdispatch.hub.dispatch.DeliveryStatus.DISABLED;
import static com.orderdispatch.hub.dispatch.DeliveryStatus.IN_FLIGHT;
import static com.orderdispatch.hub.dispatch.DeliveryStatus.PENDING;

/**
 * The one writer of a delivery's status: every transition's SQL is here (and the batched ones in
 * {@link LedgerWriter}, which uses this class's statements). Each change to a claimed row is fenced by the lease: it
 * names the claimer and the attempt, so an instance whose lease expired (and whose row another took over) changes
 * nothing. docs/architecture.md draws the transitions.
 */
@Component
public class DeliveryLedger {

	/** The lease fence of every update to a claimed row. */
	static final String FENCE = " where id = ? and claimed_by = ? and attempts = ? and status = '" + IN_FLIGHT + "'";

	private static final Map<AttemptRecord.Outcome, String> COMPLETIONS = Map.of(
			AttemptRecord.Outcome.DELIVERED, "update delivery set status = '" + DELIVERED + "', delivered_at = ?, "
					+ "lease_until = null, due_at = null, last_error = null, updated_at = ?" + FENCE,
			AttemptRecord.Outcome.FAILED, "update delivery set status = '" + PENDING + "', next_attempt_at = ?, "
					+ "due_at = ?, lease_until = null, last_error = ?, updated_at = ?" + FENCE,
			AttemptRecord.Outcome.DEAD, "update delivery set status = '" + DEAD + "', lease_until = null, "
					+ "due_at = null, last_error = ?, updated_at = ?" + FENCE);

	private static final String REQUEUE = "update delivery set status = '" + PENDING + "', next_attempt_at = ?, "
			+ "due_at = ?, retry_base = attempts, claimed_by = null, lease_until = null, updated_at = ?";

	/** Who holds a claim and until when. */
	public record Lease(String engine, Instant until) {
	}

	/** A delivery to insert; {@code claimed} ones start IN_FLIGHT under the planning transaction's lease. */
	public record NewDelivery(String idempotencyKey, DeliveryEvent event, Long supplierOrderId, Recipient recipient,
			String channel, Instant due, boolean claimed) {
	}

	private final JdbcTemplate batch;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final LedgerWriter writer;

	private final EngineId engine;

	private final Clock clock;

	/** Whether the claim query takes H2's form (see {@link DueDeliveries}); decided once, not per claim. */
	private final boolean h2;

	DeliveryLedger(JdbcTemplate batch, JdbcClient jdbc, TransactionTemplate transaction, LedgerWriter writer,
			EngineId engine, Clock clock, DataSource dataSource) {
		this.batch = batch;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.writer = writer;
		this.engine = engine;
		this.clock = clock;
		this.h2 = DueDeliveries.isH2(dataSource);
	}

	/** Planned: inserted PENDING, or IN_FLIGHT when claimed at commit. Answers the claimed ones, ready to start. */
	public List<Delivery> insert(List<NewDelivery> rows, Lease lease, Instant now) {
		return DeliveryRows.insert(batch, rows, lease, now);
	}

	/** PENDING (or IN_FLIGHT whose lease ended) → IN_FLIGHT under a new lease, up to {@code limit}, oldest due first. */
	public List<Delivery> claim(String condition, Map<String, Object> params, int limit, Lease lease, Instant now) {
		String due = h2 ? DueDeliveries.onH2(condition) : DueDeliveries.onPostgres(condition);
		return transaction.execute(status -> {
			var all = new HashMap<>(params);
			all.put("now", SqlTime.at(now));
			all.put("limit", limit);
			var ids = new ArrayList<Long>();
			var abandoned = new ArrayList<Long>();
			jdbc.sql(due).params(all).query(rs -> {
				ids.add(rs.getLong("id"));
				if (IN_FLIGHT.name().equals(rs.getString("status"))) {
					abandoned.add(rs.getLong("id"));
				}
			});
			if (ids.isEmpty()) {
				return List.of();
			}
			if (!abandoned.isEmpty()) {
				AttemptLog.abandoned(jdbc, abandoned);
			}
			jdbc.sql("""
					update delivery set status = :status, claimed_by = :me, lease_until = :lease, due_at = :lease,
					    attempts = attempts + 1, updated_at = :now
					where id in (:ids)""")
				.params(Map.of("status", IN_FLIGHT.name(), "me", lease.engine(), "lease", SqlTime.at(lease.until()),
						"now", SqlTime.at(now), "ids", ids))
				.update();
			return jdbc.sql(DueDeliveries.LOAD).param("ids", ids).query(DueDeliveries::row).list();
		});
	}

	/** IN_FLIGHT → PENDING unsent: due at once, its claim no longer counted as an attempt. Own live claim only. */
	public boolean release(Delivery delivery, Instant now) {
		return jdbc.sql("update delivery set status = ?, attempts = attempts - 1, next_attempt_at = ?, due_at = ?, "
				+ "claimed_by = null, lease_until = null, updated_at = ?" + FENCE)
			.params(PENDING.name(), SqlTime.at(now), SqlTime.at(now), SqlTime.at(now), delivery.id(), engine.value(),
					delivery.attempt())
			.update() == 1;
	}

	/** PENDING first attempts matching {@code condition} become due at {@code due} where that is sooner. */
	public int bringForward(String condition, Map<String, Object> params, Instant due, Instant now) {
		var all = new HashMap<>(params);
		all.put("due", SqlTime.at(due));
		all.put("now", SqlTime.at(now));
		all.put("pending", PENDING.name());
		return jdbc.sql("""
				update delivery d set next_attempt_at = :due, due_at = :due, updated_at = :now
				where %s and d.status = :pending and d.attempts = 0 and d.due_at > :due""".formatted(condition))
			.params(all)
			.update();
	}

	/** IN_FLIGHT → DELIVERED, PENDING (retry at {@code next}) or DEAD, batched with others finishing now. */
	CompletableFuture<Boolean> complete(AttemptRecord attempt, Instant next) {
		return writer.completeLater(new LedgerWriter.Completion(attempt, next));
	}

	/** IN_FLIGHT → DISABLED; the endpoint is blocked and its other PENDING deliveries become DISABLED too. */
	boolean disable(AttemptRecord attempt) {
		Delivery delivery = attempt.delivery();
		return Boolean.TRUE.equals(transaction.execute(status -> {
			var now = SqlTime.at(clock.instant());
			if (jdbc.sql("update delivery set status = ?, lease_until = null, due_at = null, last_error = ?, "
					+ "updated_at = ?" + FENCE)
				.params(DISABLED.name(), attempt.error(), now, delivery.id(), engine.value(), delivery.attempt())
				.update() == 0) {
				return false;
			}
			AttemptLog.insertAll(batch, List.of(attempt), engine.value());
			String recipient = delivery.recipient().id();
			jdbc.sql("delete from disabled_endpoint where supplier_id = ? and channel = ?")
				.params(recipient, delivery.channel())
				.update();
			jdbc.sql("insert into disabled_endpoint (supplier_id, channel, disabled_at, reason) values (?, ?, ?, ?)")
				.params(recipient, delivery.channel(), now, attempt.error())
				.update();
			jdbc.sql("update delivery set status = ?, due_at = null, last_error = ?, updated_at = ? "
					+ "where supplier_id = ? and channel = ? and status = ?")
				.params(DISABLED.name(), DeliveryRecorder.clip("endpoint disabled: " + attempt.error()), now,
						recipient, delivery.channel(), PENDING.name())
				.update();
			return true;
		}));
	}

	/** Any status but IN_FLIGHT → PENDING, due now, with a fresh retry schedule (an admin's retry). */
	public boolean requeue(long id) {
		return transaction.execute(status -> {
			jdbc.sql("""
					delete from disabled_endpoint e where exists (select 1 from delivery d
					    where d.id = ? and d.supplier_id = e.supplier_id and d.channel = e.channel)""")
				.param(id)
				.update();
			return requeueWhere("id = ? and status <> ?", id, IN_FLIGHT.name());
		}) > 0;
	}

	/** The supplier's DEAD and DISABLED deliveries created since then → PENDING (an admin's replay). */
	public int requeueFailed(String supplierId, Instant since) {
		return transaction.execute(status -> {
			jdbc.sql("delete from disabled_endpoint where supplier_id = ?").param(supplierId).update();
			return requeueWhere("supplier_id = ? and created_at >= ? and status in (?, ?)", supplierId,
					SqlTime.at(since), DEAD.name(), DISABLED.name());
		});
	}

	/** The endpoint has new settings: its block lifts and its DISABLED deliveries → PENDING. */
	public int reenable(String recipientId, String channel) {
		return transaction.execute(status -> {
			int blocks = jdbc.sql("delete from disabled_endpoint where supplier_id = ? and channel = ?")
				.params(recipientId, channel)
				.update();
			return blocks == 0 ? 0
					: requeueWhere("supplier_id = ? and channel = ? and status = ?", recipientId, channel,
							DISABLED.name());
		});
	}

	private int requeueWhere(String where, Object... params) {
		var now = SqlTime.at(clock.instant());
		var all = new ArrayList<Object>(List.of(now, now, now));
		all.addAll(List.of(params));
		return jdbc.sql(REQUEUE + " where " + where).params(all).update();
	}

	/** The attempt from which the retry schedule counts (reset by an admin's retry). */
	int retryBase(long deliveryId) {
		return jdbc.sql("select retry_base from delivery where id = ?").param(deliveryId).query(Integer.class).single();
	}

	static String completionUpdate(AttemptRecord.Outcome outcome) {
		return COMPLETIONS.get(outcome);
	}

	static Object[] completionParameters(LedgerWriter.Completion completion, OffsetDateTime now, String engine) {
		AttemptRecord a = completion.attempt();
		Object[] fence = { a.delivery().id(), engine, a.delivery().attempt() };
		Object[] set = switch (a.outcome()) {
			case DELIVERED -> new Object[] { now, now };
			case FAILED -> new Object[] { SqlTime.at(completion.nextAttemptAt()), SqlTime.at(completion.nextAttemptAt()),
					a.error(), now };
			case DEAD -> new Object[] { a.error(), now };
			default -> throw new IllegalArgumentException("not a batched completion: " + a.outcome());
		};
		Object[] all = new Object[set.length + fence.length];
		System.arraycopy(set, 0, all, 0, set.length);
		System.arraycopy(fence, 0, all, set.length, fence.length);
		return all;
	}

}
