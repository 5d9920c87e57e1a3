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

	/** The id and number of the supplier's newest supplier order, for a channel test; empty if it has none. */
	public java.util.Optional<java.util.Map.Entry<Long, String>> newestSupplierOrder(String supplierId) {
		return jdbc.sql("select so.id, o.order_number from supplier_order so join retailer_order o on o.id = so.order_id "
				+ "where so.supplier_id = ? order by so.id desc limit 1")
			.param(supplierId)
			.query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))
			.optional();
	}

}
