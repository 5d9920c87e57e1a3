package com.orderdispatch.hub.dispatch;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes due deliveries under a lease, for the general claimer and for scheduled channels alike. Rows are locked with
 * FOR UPDATE SKIP LOCKED, so instances sharing a database never take the same row; while a row is claimed its due
 * time is its lease's end, so a row whose claimer died is due again then, through the same index.
 */
@Component
class DeliveryClaims {

	/**
	 * The claim reads the due time through ix_delivery_due_at (delivery (due_at)): due_at is null once a delivery is
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

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final DispatchProperties properties;

	private final EngineId engine;

	private final RunningChannels channels;

	private final LiveConfig config;

	private final List<RetailerChannels> retailerChannels;

	private final String dueQuery;

	DeliveryClaims(JdbcClient jdbc, TransactionTemplate transaction, DispatchProperties properties, EngineId engine,
			RunningChannels channels, LiveConfig config, List<RetailerChannels> retailerChannels,
			DataSource dataSource) {
		this.dueQuery = isH2(dataSource) ? DUE_PICKED_FIRST : DUE;
		this.retailerChannels = retailerChannels;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.properties = properties;
		this.engine = engine;
		this.channels = channels;
		this.config = config;
	}

	/** The claim query on PostgreSQL with this condition on {@code d} (as EventMigrationTests explains it). */
	static String dueQuery(String condition) {
		return DUE.formatted(condition);
	}

	/** The claim query on H2 with this condition on {@code d}. */
	static String dueQueryOnH2(String condition) {
		return DUE_PICKED_FIRST.formatted(condition);
	}

	private static boolean isH2(DataSource dataSource) {
		try {
			return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
					DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			return false;
		}
	}

	/** @param condition SQL on {@code d} (the delivery) with named parameters from {@code params} */
	List<Delivery> claim(String condition, Map<String, Object> params, int limit, Instant now) {
		List<Delivery> claimed = transaction.execute(status -> {
			var all = new HashMap<>(params);
			all.put("now", SqlTime.at(now));
			all.put("limit", limit);
			var ids = new ArrayList<Long>();
			var abandoned = new ArrayList<Long>();
			jdbc.sql(dueQuery.formatted(condition)).params(all).query(rs -> {
				ids.add(rs.getLong("id"));
				if ("IN_FLIGHT".equals(rs.getString("status"))) {
					abandoned.add(rs.getLong("id"));
				}
			});
			if (ids.isEmpty()) {
				return List.of();
			}
			if (!abandoned.isEmpty()) {
				// A claimer that died mid-send recorded nothing: note the abandoned attempt so the log accounts for it.
				jdbc.sql("""
						insert into delivery_attempt (delivery_id, attempt, started_at, duration_ms, outcome, error,
						    claimed_by)
						select id, attempts, updated_at, 0, 'ABANDONED', :why, claimed_by
						from delivery where id in (:ids)""")
					.params(Map.of("ids", abandoned, "why",
							"the claiming instance stopped before recording an outcome"))
					.update();
			}
			var lease = SqlTime.at(now.plus(properties.lease()));
			jdbc.sql("""
					update delivery set status = 'IN_FLIGHT', claimed_by = :me, lease_until = :lease, due_at = :lease,
					    attempts = attempts + 1, updated_at = :now
					where id in (:ids)""")
				.params(Map.of("me", engine.value(), "lease", lease, "now", SqlTime.at(now), "ids", ids))
				.update();
			return jdbc.sql("""
					select d.id, d.idempotency_key, d.attempts, d.channel, d.recipient_type, d.supplier_id,
					    e.id as event_id, e.event_type, e.subject, e.order_number, e.occurred_at, e.payload
					from delivery d join delivery_event e on e.id = d.event_id
					where d.id in (:ids) order by d.id""")
				.param("ids", ids)
				.query(DeliveryClaims::row)
				.list();
		});
		return withCurrentSettings(claimed);
	}

	/** Each delivery with its recipient's settings as configured now (a rotated secret applies at once). */
	List<Delivery> withCurrentSettings(List<Delivery> claimed) {
		HubConfig current = config.current();
		return claimed.stream().map(delivery -> delivery.withSettings(settings(delivery, current))).toList();
	}

	/**
	 * Hands a claimed delivery back unsent: waiting again, due at once, and its claim no longer counted as an attempt.
	 * Only this instance's own live claim is handed back.
	 */
	boolean release(Delivery delivery, Instant now) {
		return jdbc.sql("""
				update delivery set status = 'PENDING', attempts = attempts - 1, next_attempt_at = :now, due_at = :now,
				    claimed_by = null, lease_until = null, updated_at = :now
				where id = :id and status = 'IN_FLIGHT' and claimed_by = :me and attempts = :attempt""")
			.params(Map.of("id", delivery.id(), "me", engine.value(), "attempt", delivery.attempt(), "now",
					SqlTime.at(now)))
			.update() == 1;
	}

	/** Moves the recipient's waiting first attempts on the channel to {@code due} where that is sooner. */
	int bringForward(String condition, Map<String, Object> params, Instant due, Instant now) {
		var all = new HashMap<>(params);
		all.put("due", SqlTime.at(due));
		all.put("now", SqlTime.at(now));
		return jdbc.sql("""
				update delivery d set next_attempt_at = :due, due_at = :due, updated_at = :now
				where %s and d.status = 'PENDING' and d.attempts = 0 and d.due_at > :due""".formatted(condition))
			.params(all)
			.update();
	}

	/** The recipient's settings as configured now; null when it no longer uses the channel (the attempt fails). */
	private ChannelSettings settings(Delivery delivery, HubConfig current) {
		if (delivery.recipient().kind() == Recipient.Kind.RETAILER) {
			return current.retailer(delivery.recipient().id())
				.flatMap(retailer -> retailerChannels.stream()
					.map(channel -> channel.settings(retailer, delivery.channel()))
					.flatMap(Optional::stream)
					.findFirst())
				.orElse(null);
		}
		return current.supplier(delivery.recipient().id())
			.flatMap(supplier -> channels.settings(supplier, delivery.channel()))
			.orElse(null);
	}

	private static Delivery row(ResultSet rs, int n) throws SQLException {
		var event = new DeliveryEvent(rs.getLong("event_id"), rs.getString("event_type"), rs.getString("subject"),
				rs.getString("order_number"), SqlTime.instant(rs, "occurred_at"), rs.getString("payload"));
		return new Delivery(rs.getLong("id"), rs.getString("idempotency_key"), rs.getInt("attempts"),
				rs.getString("channel"),
				new Recipient(Recipient.Kind.of(rs.getString("recipient_type")), rs.getString("supplier_id")), event,
				null);
	}

}
