package com.orderdispatch.hub.dispatch.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.DeliveryStatus;
import com.orderdispatch.hub.system.SqlTime;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The ledger's batched insert of planned deliveries (one statement for a whole group commit). */
final class DeliveryRows {

	private static final String INSERT = """
			insert into delivery (idempotency_key, event_id, supplier_order_id, supplier_id, recipient_type,
			    channel, event_type, status, attempts, claimed_by, lease_until, next_attempt_at, due_at,
			    created_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private DeliveryRows() {
	}

	/** Inserts the rows; answers those inserted as claimed, as deliveries ready for their first attempt. */
	static List<Delivery> insert(JdbcTemplate jdbc, List<DeliveryLedger.NewDelivery> rows, DeliveryLedger.Lease lease,
			Instant now) {
		var setter = new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				DeliveryLedger.NewDelivery row = rows.get(i);
				statement.setString(1, row.idempotencyKey());
				statement.setLong(2, row.event().id());
				statement.setObject(3, row.supplierOrderId(), Types.BIGINT);
				statement.setString(4, row.recipient().id());
				statement.setString(5, row.recipient().kind().column());
				statement.setString(6, row.channel());
				statement.setString(7, row.event().type());
				statement.setString(8, (row.claimed() ? DeliveryStatus.IN_FLIGHT : DeliveryStatus.PENDING).name());
				statement.setInt(9, row.claimed() ? 1 : 0);
				statement.setString(10, row.claimed() ? lease.engine() : null);
				statement.setObject(11, row.claimed() ? SqlTime.at(lease.until()) : null,
						Types.TIMESTAMP_WITH_TIMEZONE);
				statement.setObject(12, SqlTime.at(row.due()));
				// A claimed row is due again when its lease ends, as a claim leaves it.
				statement.setObject(13, SqlTime.at(row.claimed() ? lease.until() : row.due()));
				statement.setObject(14, SqlTime.at(now));
				statement.setObject(15, SqlTime.at(now));
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}
		};
		if (rows.stream().noneMatch(DeliveryLedger.NewDelivery::claimed)) {
			jdbc.batchUpdate(INSERT, setter);
			return List.of();
		}
		var keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] { "id" }), setter, keys);
		var claimed = new ArrayList<Delivery>();
		for (int i = 0; i < rows.size(); i++) {
			DeliveryLedger.NewDelivery row = rows.get(i);
			if (row.claimed()) {
				long id = ((Number) keys.getKeyList().get(i).get("id")).longValue();
				claimed.add(new Delivery(id, row.idempotencyKey(), 1, row.channel(), row.recipient(), row.event(),
						null));
			}
		}
		return claimed;
	}

}
