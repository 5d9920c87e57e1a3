package com.orderdispatch.hub.order;

import java.util.List;

import com.orderdispatch.hub.system.DatabaseAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers supplier-order changes for the pull API's cursor. Whoever gives out numbers holds the counter row until
 * their transaction commits, so numbers become visible in the order they were given out and a poller following the
 * cursor never skips one. Intake numbers its new supplier orders at the end of its own transaction (a lock held only
 * through the commit). Other changes are numbered after they commit: each run numbers only changes already
 * committed, every change waiting, so under load a few runs serve many, and a writer whose rows another run
 * numbered meanwhile has nothing left to do.
 */
@Component
public class ChangeSequencer {

	private static final Logger log = LoggerFactory.getLogger(ChangeSequencer.class);

	private static final int BATCH = 5000;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate transaction;

	private final DatabaseAvailability database;

	ChangeSequencer(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transaction,
			DatabaseAvailability database) {
		this.database = database;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.transaction = transaction;
	}

	/**
	 * Numbers supplier orders written in the caller's transaction, as its last step. Costs no transaction of its
	 * own: the counter row stays locked until the caller commits.
	 */
	public void numberInTransaction(List<Long> supplierOrderIds) {
		if (supplierOrderIds.isEmpty()) {
			return;
		}
		List<Long> ids = supplierOrderIds.stream().sorted().toList();
		assign(lockCounter(), ids);
	}

	/** Numbers these committed supplier orders (and whatever else waits), unless another run already has. */
	public void sequence(List<Long> supplierOrderIds) {
		if (!waiting(supplierOrderIds)) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			long last = lockCounter();
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
		if (!database.isReachable()) {
			return;
		}
		try {
			long waiting = jdbc.sql("select count(*) from supplier_order where change_seq is null")
				.query(Long.class)
				.single();
			if (waiting > 0) {
				transaction.executeWithoutResult(status -> numberWaiting(lockCounter()));
			}
		}
		catch (RuntimeException ex) {
			if (!database.failed(ex)) {
				log.warn("Change numbers could not be given out now, the next run tries again: {}", ex.getMessage());
			}
		}
	}

	private void numberWaiting(long last) {
		List<Long> ids = jdbc.sql("select id from supplier_order where change_seq is null order by id limit ?")
			.param(BATCH)
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			assign(last, ids);
		}
	}

	private long lockCounter() {
		return jdbc.sql("select seq_value from change_counter where name = 'supplier_order' for update")
			.query(Long.class)
			.single();
	}

	/** Numbers {@code ids} in their order, after {@code last}; the caller holds the counter row. */
	private void assign(long last, List<Long> ids) {
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
