package com.orderdispatch.hub.attention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.orderdispatch.hub.dispatch.DeliveryStatus;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an operator has to look at now: supplier orders not accepted in time, deliveries that gave up or keep failing,
 * and the endpoints failing at this moment with their last error. The feature owns only these read-only queries; the
 * fixes (supplier form, retry, replay) stay where they are and are linked from the page.
 */
@Component
public class NeedsAttention {

	/** A supplier order still pending, or one with a delivery that gave up. */
	public record StuckOrder(String orderNumber, String supplierOrderNumber, String supplierId, String status,
			Instant since, String reason) {
	}

	/** A delivery dead, disabled, or retrying for longer than allowed. */
	public record FailingDelivery(long id, String orderNumber, String supplierId, String channel, String eventType,
			String status, int attempts, Instant since, String lastError) {
	}

	/** A supplier channel whose deliveries are failing now, with the newest error. */
	public record FailingEndpoint(String supplierId, String channel, long deliveries, Instant since,
			String lastError) {
	}

	/** All lists of the page, and the age of the oldest delivery not yet done. */
	public record Report(List<StuckOrder> orders, List<FailingDelivery> deliveries, List<FailingEndpoint> endpoints,
			Duration oldestPending) {

		public int size() {
			return orders.size() + deliveries.size() + endpoints.size();
		}

	}

	/** Deliveries still under way: waiting for an attempt, or being sent. */
	private static final String OPEN = "('" + DeliveryStatus.PENDING + "', '" + DeliveryStatus.IN_FLIGHT + "')";

	private final JdbcClient jdbc;

	private final AttentionProperties properties;

	NeedsAttention(JdbcClient jdbc, AttentionProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	public Report now(Instant now) {
		return new Report(stuckOrders(now), failingDeliveries(now), failingEndpoints(), oldestPending(now));
	}

	List<StuckOrder> stuckOrders(Instant now) {
		return jdbc.sql("""
				select o.order_number, s.supplier_order_number, s.supplier_id, s.status, s.created_at,
				  case when exists (select 1 from delivery d where d.supplier_order_id = s.id
				                    and d.status in ('DEAD', 'DISABLED'))
				       then 'no delivery reached the supplier' else 'not accepted in time' end
				from supplier_order s join retailer_order o on o.id = s.order_id
				where s.status = 'PENDING' and (s.created_at < ? or exists (select 1 from delivery d
				  where d.supplier_order_id = s.id and d.status in ('DEAD', 'DISABLED')))
				order by s.created_at limit ?""")
			.param(SqlTime.at(now.minus(properties.acceptWithin())))
			.param(properties.limit())
			.query((rs, n) -> new StuckOrder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					SqlTime.instant(rs, "created_at"), rs.getString(6)))
			.list();
	}

	List<FailingDelivery> failingDeliveries(Instant now) {
		return jdbc.sql("""
				select d.id, o.order_number, d.supplier_id, d.channel, d.event_type, d.status, d.attempts,
				  d.created_at, d.last_error
				from delivery d join supplier_order s on s.id = d.supplier_order_id
				join retailer_order o on o.id = s.order_id
				where d.status in ('DEAD', 'DISABLED') or (d.status in %s and d.attempts > 0 and d.created_at < ?)
				order by d.created_at limit ?""".formatted(OPEN))
			.param(SqlTime.at(now.minus(properties.failingFor())))
			.param(properties.limit())
			.query((rs, n) -> new FailingDelivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getInt(7), SqlTime.instant(rs, "created_at"),
					rs.getString(9)))
			.list();
	}

	List<FailingEndpoint> failingEndpoints() {
		return jdbc.sql("""
				select d.supplier_id, d.channel, count(*), min(d.updated_at) as since,
				  (select l.last_error from delivery l where l.supplier_id = d.supplier_id and l.channel = d.channel
				   and l.last_error is not null order by l.updated_at desc, l.id desc limit 1)
				from delivery d
				where d.last_error is not null and (d.status in ('DEAD', 'DISABLED') or d.status in %s)
				group by d.supplier_id, d.channel order by d.supplier_id, d.channel limit ?""".formatted(OPEN))
			.param(properties.limit())
			.query((rs, n) -> new FailingEndpoint(rs.getString(1), rs.getString(2), rs.getLong(3),
					SqlTime.instant(rs, "since"), rs.getString(5)))
			.list();
	}

	Duration oldestPending(Instant now) {
		Instant oldest = jdbc.sql("select min(created_at) as oldest from delivery where status in " + OPEN)
			.query((rs, n) -> SqlTime.instant(rs, "oldest"))
			.optional()
			.orElse(null);
		return oldest == null ? Duration.ZERO : Duration.between(oldest, now);
	}

}
