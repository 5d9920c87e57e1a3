package com.orderdispatch.hub.dispatch.engine;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.DeliveryEvent;
import com.orderdispatch.hub.dispatch.Recipient;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The SQL that finds and loads due deliveries for a claim. Rows are locked with FOR UPDATE SKIP LOCKED, so
 * instances sharing a database never take the same row; while a row is claimed its due time is its lease's end, so
 * a row whose claimer died is due again then, through the same index.
 */
public final class DueDeliveries {

	/**
	 * Reads the due time through ix_delivery_due_at (delivery (due_at)): due_at is null once a delivery is
	 * finished, so the range scan {@code due_at <= now} in due order meets only waiting and leased rows. Checked with
	 * EXPLAIN on PostgreSQL 14 (EventMigrationTests): an Index Scan using ix_delivery_due_at, locking in due order
	 * until the limit, so a second instance skips past the first one's rows.
	 */
	private static final String DUE = """
			select d.id, d.status from delivery d
			where d.due_at <= :now and %s
			  and not exists (select 1 from disabled_endpoint e
			                  where e.supplier_id = d.supplier_id and e.channel = d.channel)
			order by d.due_at
			limit :limit
			for update skip locked""";

	/**
	 * H2 gives up the index order for a FOR UPDATE query: it reads and locks every due row, then sorts and applies the
	 * limit, so with a backlog of n deliveries each claim cost O(n) (130 ms for 20,000). On H2 the due rows are picked
	 * first, in index order and without a lock, then only those are locked (skipping any another claim holds) and
	 * checked again under the lock. H2 serves one hub, so no other instance waits behind the same first rows.
	 */
	private static final String DUE_PICKED_FIRST = """
			select claimed.id, claimed.status from delivery claimed
			where claimed.id in (
			    select d.id from delivery d
			    where d.due_at <= :now and %s
			      and not exists (select 1 from disabled_endpoint e
			                      where e.supplier_id = d.supplier_id and e.channel = d.channel)
			    order by d.due_at
			    limit :limit)
			  and claimed.due_at <= :now
			for update skip locked""";

	/** Only deliveries of a running route sent to at once; the key is {@link RouteKey#claimKey()}. */
	public static final String ROUTED = """
			(d.channel || ':' || case when d.recipient_type = 'retailer' then 'retailer.' || d.supplier_id
			                          else d.supplier_id end) in (:keys)""";

	/** One recipient's deliveries on one channel (a scheduled channel's batch). */
	static final String OF_RECIPIENT = """
			d.supplier_id = :recipient and d.channel = :channel and d.recipient_type = :recipientType""";

	static final String LOAD = """
			select d.id, d.idempotency_key, d.attempts, d.channel, d.recipient_type, d.supplier_id,
			    e.id as event_id, e.event_type, e.subject, e.order_number, e.occurred_at, e.payload
			from delivery d join delivery_event e on e.id = d.event_id
			where d.id in (:ids) order by d.id""";

	private DueDeliveries() {
	}

	/** The claim query on PostgreSQL with this condition on {@code d} (as EventMigrationTests explains it). */
	public static String onPostgres(String condition) {
		return DUE.formatted(condition);
	}

	/** The claim query on H2 with this condition on {@code d}. */
	public static String onH2(String condition) {
		return DUE_PICKED_FIRST.formatted(condition);
	}

	static boolean isH2(DataSource dataSource) {
		try {
			return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
					DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			return false;
		}
	}

	static Delivery row(ResultSet rs, int n) throws SQLException {
		var event = new DeliveryEvent(rs.getLong("event_id"), rs.getString("event_type"), rs.getString("subject"),
				rs.getString("order_number"), SqlTime.instant(rs, "occurred_at"), rs.getString("payload"));
		return new Delivery(rs.getLong("id"), rs.getString("idempotency_key"), rs.getInt("attempts"),
				rs.getString("channel"),
				new Recipient(Recipient.Kind.of(rs.getString("recipient_type")), rs.getString("supplier_id")), event,
				null);
	}

}
