package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadPoolExecutor;

import com.orderdispatch.hub.system.SqlTime;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims a batch of due deliveries for this instance. Rows are locked with SKIP LOCKED, so instances sharing a
 * database never claim the same row; a claim is a lease, so a row whose claimer crashed is due again once it expires.
 * Only deliveries with a running channel route are claimed: the rest wait, PENDING, until their channel exists.
 */
@Component("deliveryClaimer")
public class DeliveryClaimer {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ChannelRoutes routes;

	private final DispatchProperties properties;

	private final EngineId engine;

	private final DispatchWakeup wakeup;

	private final Clock clock;

	private final ThreadPoolExecutor workers;

	DeliveryClaimer(JdbcClient jdbc, TransactionTemplate transaction, ChannelRoutes routes,
			DispatchProperties properties, EngineId engine, DispatchWakeup wakeup, Clock clock,
			@Qualifier("dispatchWorkers") ThreadPoolExecutor workers) {
		this.workers = workers;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.routes = routes;
		this.properties = properties;
		this.engine = engine;
		this.wakeup = wakeup;
		this.clock = clock;
	}

	public List<Delivery> claim() {
		var keys = routes.routeKeys();
		// Claim no more than the workers can start now: a claimed row waiting in a queue would burn its lease.
		int limit = Math.min(properties.batchSize(),
				properties.workers() - workers.getActiveCount() - workers.getQueue().size());
		if (keys.isEmpty() || limit <= 0) {
			return List.of();
		}
		Instant now = clock.instant();
		List<Delivery> claimed = transaction.execute(status -> {
			List<Long> ids = jdbc.sql("""
					select id from delivery d
					where (d.channel || ':' || d.supplier_id) in (:keys)
					  and ((d.status = 'PENDING' and d.next_attempt_at <= :now)
					       or (d.status = 'IN_FLIGHT' and d.lease_until < :now))
					  and not exists (select 1 from disabled_endpoint e
					                  where e.supplier_id = d.supplier_id and e.channel = d.channel)
					order by d.next_attempt_at
					limit :limit
					for update skip locked""")
				.params(Map.of("keys", keys, "now", SqlTime.at(now), "limit", limit))
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return List.of();
			}
			// A claimer that died mid-send recorded nothing: note the abandoned attempt, so the log accounts for it.
			jdbc.sql("""
					insert into delivery_attempt (delivery_id, attempt, started_at, duration_ms, outcome, error, claimed_by)
					select id, attempts, updated_at, 0, 'ABANDONED', :why, claimed_by
					from delivery where id in (:ids) and status = 'IN_FLIGHT'""")
				.params(Map.of("ids", ids, "why", "the claiming instance stopped before recording an outcome"))
				.update();
			jdbc.sql("""
					update delivery set status = 'IN_FLIGHT', claimed_by = :me, lease_until = :lease,
					    attempts = attempts + 1, updated_at = :now
					where id in (:ids)""")
				.params(Map.of("me", engine.value(), "lease", SqlTime.at(now.plus(properties.lease())), "now",
						SqlTime.at(now), "ids", ids))
				.update();
			return jdbc.sql("""
					select d.id, o.order_number, d.idempotency_key, d.supplier_order_id, d.supplier_id, d.channel,
					    d.event_type, d.created_at, d.attempts
					from delivery d join supplier_order so on so.id = d.supplier_order_id
					join retailer_order o on o.id = so.order_id
					where d.id in (:ids) order by d.id""")
				.param("ids", ids)
				.query((rs, n) -> new Delivery(rs.getLong("id"), rs.getString("order_number"),
						rs.getString("idempotency_key"), rs.getLong("supplier_order_id"), rs.getString("supplier_id"),
						rs.getString("channel"), rs.getString("event_type"), SqlTime.instant(rs, "created_at"),
						rs.getInt("attempts")))
				.list();
		});
		if (claimed.size() >= limit) {
			// More are probably due: go again at once (or as soon as a worker is free) rather than at the next poll.
			wakeup.wake();
		}
		return claimed;
	}

}
