package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.time.Instant;

import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends deliveries again on an admin's word: back to PENDING, due now, with the original idempotency key so the
 * receiver can tell a repeat, and with a fresh retry schedule. The attempt history stays. Retrying re-enables an
 * endpoint that answered 410.
 */
@Component
public class DeliveryRecovery {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final DispatchWakeup wakeup;

	private final Clock clock;

	DeliveryRecovery(JdbcClient jdbc, TransactionTemplate transaction, DispatchWakeup wakeup, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.wakeup = wakeup;
		this.clock = clock;
	}

	/** @return false when the delivery is being sent right now (or does not exist) */
	public boolean retry(long id) {
		var now = SqlTime.at(clock.instant());
		Integer changed = transaction.execute(status -> {
			jdbc.sql("""
					delete from disabled_endpoint e where exists (select 1 from delivery d
					    where d.id = ? and d.supplier_id = e.supplier_id and d.channel = e.channel)""")
				.param(id)
				.update();
			return jdbc.sql(requeue() + " where id = ? and status <> 'IN_FLIGHT'").params(now, now, now, id).update();
		});
		wakeup.wake();
		return changed != null && changed > 0;
	}

	/** Every DEAD or DISABLED delivery of the supplier created at or after {@code since}. */
	public int replay(String supplierId, Instant since) {
		var now = SqlTime.at(clock.instant());
		Integer changed = transaction.execute(status -> {
			jdbc.sql("delete from disabled_endpoint where supplier_id = ?").param(supplierId).update();
			return jdbc.sql(requeue() + """
					 where supplier_id = ? and created_at >= ? and status in ('DEAD', 'DISABLED')""")
				.params(now, now, now, supplierId, SqlTime.at(since))
				.update();
		});
		wakeup.wake();
		return changed == null ? 0 : changed;
	}

	/**
	 * The endpoint's settings changed (a new webhook URL, say), so a 410 from the old one no longer applies: lift the
	 * block and send its disabled deliveries again. Answers how many were sent again.
	 */
	public int reenable(String supplierId, String channel) {
		var now = SqlTime.at(clock.instant());
		Integer changed = transaction.execute(status -> {
			int blocks = jdbc.sql("delete from disabled_endpoint where supplier_id = ? and channel = ?")
				.params(supplierId, channel)
				.update();
			if (blocks == 0) {
				return 0;
			}
			return jdbc.sql(requeue() + " where supplier_id = ? and channel = ? and status = 'DISABLED'")
				.params(now, now, now, supplierId, channel)
				.update();
		});
		wakeup.wake();
		return changed == null ? 0 : changed;
	}

	private static String requeue() {
		return """
				update delivery set status = 'PENDING', next_attempt_at = ?, due_at = ?,
				    retry_base = attempts, claimed_by = null, lease_until = null, updated_at = ?""";
	}

}
