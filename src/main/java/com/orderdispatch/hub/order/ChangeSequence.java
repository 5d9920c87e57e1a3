package com.orderdispatch.hub.order;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out supplier-order change numbers for the pull API's cursor. The counter row stays locked until the calling
 * transaction ends, so numbers become visible in the order they were given out and a poller never skips one.
 */
@Component
class ChangeSequence {

	private final JdbcClient jdbc;

	ChangeSequence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reserves {@code count} consecutive numbers and returns the first. Must run inside a transaction. */
	long reserve(int count) {
		jdbc.sql("update change_counter set seq_value = seq_value + ? where name = 'supplier_order'").param(count).update();
		long last = jdbc.sql("select seq_value from change_counter where name = 'supplier_order'")
			.query(Long.class)
			.single();
		return last - count + 1;
	}

}
