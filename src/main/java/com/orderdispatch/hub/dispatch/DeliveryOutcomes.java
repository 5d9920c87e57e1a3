package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes outcomes, each only under this instance's own lease: the update names the claimer and the attempt, so an
 * instance whose lease expired (and whose row another instance took over) changes nothing.
 */
@Component
class DeliveryOutcomes {

	private static final String FENCE = " where id = :id and claimed_by = :me and attempts = :attempt and status = 'IN_FLIGHT'";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final EngineId engine;

	private final Clock clock;

	private final DeliveredBatch delivered;

	DeliveryOutcomes(JdbcClient jdbc, TransactionTemplate transaction, EngineId engine, Clock clock,
			DeliveredBatch delivered) {
		this.delivered = delivered;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.engine = engine;
		this.clock = clock;
	}

	/** Recorded with whatever else was delivered at the same moment, in one transaction. */
	boolean delivered(DeliveryAttempt attempt) {
		return delivered.delivered(attempt);
	}

	/** As {@link #delivered}, without waiting for the commit. */
	CompletableFuture<Boolean> deliveredLater(DeliveryAttempt attempt) {
		return delivered.deliveredLater(attempt);
	}

	boolean failed(DeliveryAttempt attempt, Instant nextAttemptAt) {
		if (nextAttemptAt == null) {
			return finish(attempt, """
					update delivery set status = 'DEAD', lease_until = null, due_at = null, last_error = :error,
					    updated_at = :now""",
					Map.of());
		}
		return finish(attempt, """
				update delivery set status = 'PENDING', next_attempt_at = :next, due_at = :next, lease_until = null,
				    last_error = :error, updated_at = :now""", Map.of("next", SqlTime.at(nextAttemptAt)));
	}

	/** The receiver is gone: this delivery and the endpoint's other waiting ones stop until an admin retries. */
	boolean disabled(DeliveryAttempt attempt) {
		Delivery delivery = attempt.delivery();
		return Boolean.TRUE.equals(transaction.execute(status -> {
			if (!finish(attempt, """
					update delivery set status = 'DISABLED', lease_until = null, due_at = null, last_error = :error,
					    updated_at = :now""", Map.of())) {
				return false;
			}
			var now = SqlTime.at(clock.instant());
			String recipient = delivery.recipient().id();
			jdbc.sql("delete from disabled_endpoint where supplier_id = ? and channel = ?")
				.params(recipient, delivery.channel())
				.update();
			jdbc.sql("insert into disabled_endpoint (supplier_id, channel, disabled_at, reason) values (?, ?, ?, ?)")
				.params(recipient, delivery.channel(), now, attempt.error())
				.update();
			jdbc.sql("""
					update delivery set status = 'DISABLED', due_at = null, last_error = ?, updated_at = ?
					where supplier_id = ? and channel = ? and status = 'PENDING'""")
				.params(DeliveryRecorder.clip("endpoint disabled: " + attempt.error()), now, recipient,
						delivery.channel())
				.update();
			return true;
		}));
	}

	int retryBase(long deliveryId) {
		return jdbc.sql("select retry_base from delivery where id = ?").param(deliveryId).query(Integer.class).single();
	}

	private boolean finish(DeliveryAttempt attempt, String update, Map<String, Object> extra) {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			var params = new HashMap<String, Object>(extra);
			params.put("id", attempt.delivery().id());
			params.put("me", engine.value());
			params.put("attempt", attempt.delivery().attempt());
			params.put("now", SqlTime.at(clock.instant()));
			params.put("error", attempt.error());
			if (jdbc.sql(update + FENCE).params(params).update() == 0) {
				return false;
			}
			jdbc.sql("""
					insert into delivery_attempt (delivery_id, attempt, started_at, duration_ms, outcome, http_status,
					    error, claimed_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(attempt.delivery().id(), attempt.delivery().attempt(), SqlTime.at(attempt.startedAt()),
						attempt.duration().toMillis(), attempt.outcome(), attempt.httpStatus(), attempt.error(),
						engine.value())
				.update();
			return true;
		}));
	}

}
