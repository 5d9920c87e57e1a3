package com.orderdispatch.hub.deliverylog;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deliveries counted by channel and status, and the endpoints disabled by a 410, for the admin dashboard. */
@Component
public class DeliveryCounts {

	/** @param count deliveries of this channel in this status */
	public record ByChannelAndStatus(String channel, String status, long count) {
	}

	public record DisabledEndpoint(String supplierId, String channel, java.time.Instant disabledAt, String reason) {
	}

	private final JdbcClient jdbc;

	DeliveryCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ByChannelAndStatus> byChannelAndStatus() {
		return jdbc.sql("select channel, status, count(*) from delivery group by channel, status order by channel, status")
			.query((rs, n) -> new ByChannelAndStatus(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	public List<DisabledEndpoint> disabledEndpoints() {
		return jdbc.sql("select supplier_id, channel, disabled_at, reason from disabled_endpoint order by disabled_at")
			.query((rs, n) -> new DisabledEndpoint(rs.getString(1), rs.getString(2),
					com.orderdispatch.hub.system.SqlTime.instant(rs, "disabled_at"), rs.getString(4)))
			.list();
	}

}
