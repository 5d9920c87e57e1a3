package com.orderdispatch.hub.order;

import java.time.Instant;

import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many orders came in, for the admin dashboard. */
@Component
public class OrderCounts {

	private final JdbcClient jdbc;

	OrderCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Orders received at or after this instant, every retailer. */
	public long receivedSince(Instant since) {
		return jdbc.sql("select count(*) from retailer_order where received_at >= ?")
			.param(SqlTime.at(since))
			.query(Long.class)
			.single();
	}

}
