package com.orderdispatch.hub.dispatch.engine;

import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one writer of delivery_attempt: each attempt recorded in the transaction that moves its delivery on. */
final class AttemptLog {

	private static final String INSERT = """
			insert into delivery_attempt (delivery_id, attempt, started_at, duration_ms, outcome, http_status,
			    error, claimed_by)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	private AttemptLog() {
	}

	static void insertAll(JdbcTemplate jdbc, List<AttemptRecord> attempts, String engine) {
		if (attempts.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(INSERT, attempts.stream()
			.map(a -> new Object[] { a.delivery().id(), a.delivery().attempt(), SqlTime.at(a.startedAt()),
					a.duration().toMillis(), a.outcome().name(), a.httpStatus(), a.error(), engine })
			.toList());
	}

	/** An attempt nobody recorded: its claimer stopped mid-send, and the row is being claimed again. */
	static void abandoned(JdbcClient jdbc, List<Long> deliveryIds) {
		jdbc.sql("""
				insert into delivery_attempt (delivery_id, attempt, started_at, duration_ms, outcome, error,
				    claimed_by)
				select id, attempts, updated_at, 0, :outcome, :why, claimed_by
				from delivery where id in (:ids)""")
			.params(Map.of("ids", deliveryIds, "outcome", AttemptRecord.Outcome.ABANDONED.name(), "why",
					"the claiming instance stopped before recording an outcome"))
			.update();
	}

}
