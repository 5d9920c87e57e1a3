package bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Fills the store with already-placed orders straight in SQL, while the hub is stopped: each seeded order is one
 * retailer order with one supplier order (for the pull-only supplier), three lines and its first status change,
 * as intake would have written it. Change numbers are given, so the sequencer has nothing to catch up on.
 */
final class Seeder {

	private static final int CHUNK = 100_000;

	private static final long SEQ_OFFSET = 1_000_000_000_000L;

	private Seeder() {
	}

	/** Adds orders until the store holds {@code target} seeded orders; returns how many it added. */
	static long seedTo(String url, String user, String password, long target) throws SQLException {
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			// A larger page cache while seeding (a third faster for 1,000,000 orders); the setting is stored in the
			// file, so the hub gets its own back afterwards.
			long cacheMiB = single(db, "select cast(setting_value as bigint) from information_schema.settings"
					+ " where setting_name = 'info.CACHE_MAX_SIZE'");
			update(db, "set cache_size 524288");
			db.setAutoCommit(false);
			long have = single(db, "select count(*) from retailer_order where order_number like 'SEED-%'");
			for (long from = have + 1; from <= target; from += CHUNK) {
				long to = Math.min(target, from + CHUNK - 1);
				long lastOrder = single(db, "select coalesce(max(id), 0) from retailer_order");
				long lastSupplierOrder = single(db, "select coalesce(max(id), 0) from supplier_order");
				update(db, """
						insert into retailer_order (order_number, retailer_id, retailer_order_ref, placed_at,
						    received_at, currency, customer_name, customer_json, ship_to_json, notes, total)
						select 'SEED-' || x, 'bench-shop', 'SEED-' || x, timestamp with time zone '2026-01-01 00:00:00+00',
						    timestamp with time zone '2026-01-01 00:00:01+00', 'EUR', 'Ada Lovelace',
						    '{"name":"Ada Lovelace","email":"ada@example.com","phone":"+44 20 7946 0000"}',
						    '{"name":"Ada Lovelace","line1":"12 St James''s Square","city":"London","postalCode":"SW1Y 4JH","country":"GB"}',
						    'Leave with neighbour at no. 14', 123.48
						from system_range(?, ?) as s(x)""", from, to);
				update(db, """
						insert into supplier_order (supplier_order_number, order_id, supplier_id, status, change_seq,
						    total, created_at, updated_at)
						select o.order_number || '-01', o.id, 'bench-pull', 'PENDING', ? + o.id, o.total, o.received_at,
						    o.received_at
						from retailer_order o where o.id > ?""", SEQ_OFFSET, lastOrder);
				update(db, """
						insert into order_line (supplier_order_id, line_ref, sku, description, quantity, unit_price,
						    line_total)
						select so.id, cast(r.x as varchar), 'SKU-SEED-' || r.x, 'Seeded item', 1, 41.16, 41.16
						from supplier_order so cross join system_range(1, 3) as r(x) where so.id > ?""", lastSupplierOrder);
				update(db, """
						insert into status_change (supplier_order_id, from_status, to_status, changed_at)
						select so.id, null, 'PENDING', so.created_at from supplier_order so where so.id > ?""",
						lastSupplierOrder);
				update(db, "update change_counter set seq_value = (select max(change_seq) from supplier_order)"
						+ " where name = 'supplier_order'");
				db.commit();
			}
			db.setAutoCommit(true);
			update(db, "set cache_size " + cacheMiB * 1024);
			return Math.max(0, target - have);
		}
	}

	private static long single(Connection db, String sql) throws SQLException {
		try (var statement = db.createStatement(); var rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void update(Connection db, String sql, long... params) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setLong(i + 1, params[i]);
			}
			statement.executeUpdate();
		}
	}

}
