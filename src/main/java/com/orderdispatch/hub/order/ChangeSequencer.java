package com.orderdispatch.hub.order;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers supplier-order changes for the pull API's cursor, after they commit. Runs are serialised by the counter
 * row, and each run numbers only changes already committed, so numbers become visible in the order they were given
 * out and a poller following the cursor never skips one. One run numbers every change waiting, so under load a few
 * runs serve many orders, and a writer whose rows another run numbered meanwhile has nothing left to do.
 */
@Component
public class ChangeSequencer {

	private static final Logger log = LoggerFactory.getLogger(ChangeSequencer.class);

	private static final int BATCH = 5000;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate transaction;

	ChangeSequencer(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.transaction = transaction;
	}

	/** Numbers these committed supplier orders (and whatever else waits), unless another run already has. */
	public void sequence(List<Long> supplierOrderIds) {
		if (!waiting(supplierOrderIds)) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			long last = jdbc.sql("select seq_value from change_counter where name = 'supplier_order' for update")
				.query(Long.class)
				.single();
			if (!waiting(supplierOrderIds)) {
				// The run that held the counter numbered them; ending without a write costs no commit to disk.
				status.setRollbackOnly();
				return;
			}
			numberWaiting(last);
		});
	}

	/** Numbers changes whose writer stopped between its commit and its own run (a crash, a lost connection). */
	@Scheduled(fixedDelayString = "${hub.pull.sequencer-interval:1s}")
	public void sequenceStragglers() {
		try {
			long waiting = jdbc.sql("select count(*) from supplier_order where change_seq is null")
				.query(Long.class)
				.single();
			if (waiting > 0) {
				transaction.executeWithoutResult(status -> numberWaiting(jdbc
					.sql("select seq_value from change_counter where name = 'supplier_order' for update")
					.query(Long.class)
					.single()));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Change numbers could not be given out now, the next run tries again: {}", ex.getMessage());
		}
	}

	private void numberWaiting(long last) {
		List<Long> ids = jdbc.sql("select id from supplier_order where change_seq is null order by id limit ?")
			.param(BATCH)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return;
		}
		var numbers = new java.util.ArrayList<Object[]>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			numbers.add(new Object[] { last + 1 + i, ids.get(i) });
		}
		jdbcTemplate.batchUpdate("update supplier_order set change_seq = ? where id = ?", numbers);
		jdbc.sql("update change_counter set seq_value = ? where name = 'supplier_order'")
			.param(last + ids.size())
			.update();
	}

	private boolean waiting(List<Long> supplierOrderIds) {
		if (supplierOrderIds.isEmpty()) {
			return false;
		}
		return jdbc.sql("select count(*) from supplier_order where change_seq is null and id in (:ids)")
			.param("ids", supplierOrderIds)
			.query(Long.class)
			.single() > 0;
	}

}
