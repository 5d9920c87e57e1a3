package com.orderdispatch.hub.dispatch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.orderdispatch.hub.support.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store must honour what the claim relies on: two claimers (the poll and the wake-up of one hub) each
 * lock a batch with FOR UPDATE SKIP LOCKED and never get the same row.
 */
class SkipLockedOnH2Tests {

	@Test
	void twoOpenClaimsNeverLockTheSameRow() throws SQLException {
		String url = TestDatabases.h2Memory("skiplocked");
		try (Connection setup = DriverManager.getConnection(url, "sa", "");
				Connection first = DriverManager.getConnection(url, "sa", "");
				Connection second = DriverManager.getConnection(url, "sa", "")) {
			setup.createStatement().execute("create table due (id bigint primary key, status varchar(16))");
			for (int i = 1; i <= 20; i++) {
				setup.createStatement().execute("insert into due values (" + i + ", 'PENDING')");
			}
			first.setAutoCommit(false);
			second.setAutoCommit(false);

			List<Long> a = claim(first);
			List<Long> b = claim(second);

			assertThat(a).hasSize(10);
			assertThat(b).hasSize(10).doesNotContainAnyElementsOf(a);
			first.rollback();
			second.rollback();
		}
	}

	private static List<Long> claim(Connection connection) throws SQLException {
		var ids = new ArrayList<Long>();
		try (var rs = connection.createStatement()
			.executeQuery("select id from due where status = 'PENDING' order by id limit 10 for update skip locked")) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

}
