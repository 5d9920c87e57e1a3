package com.orderdispatch.hub.system;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the connection pool from backing off while the database is away. HikariCP refills its minimum of idle
 * connections in the background and, as each try fails, waits longer before the next (up to 5 s), so after an
 * outage the first connection could come seconds after the database did. While an outage is known nobody asks the
 * pool (requests are refused, pollers pause) and the pool is asked to keep nothing idle, so no refill runs; its
 * dead connections are evicted. Once the database answers, the minimum is restored and the first request connects
 * at once.
 */
@Component
class ConnectionPoolThrottle {

	private final HikariDataSource pool;

	private final int minimumIdle;

	/** For a store without a pool to hold off (a test's own data source). */
	static final ConnectionPoolThrottle NONE = new ConnectionPoolThrottle((HikariDataSource) null);

	@Autowired
	ConnectionPoolThrottle(DataSource dataSource) {
		this(hikari(dataSource));
	}

	private ConnectionPoolThrottle(HikariDataSource pool) {
		this.pool = pool;
		this.minimumIdle = pool == null ? 0 : pool.getMinimumIdle();
	}

	void holdOff() {
		if (pool != null && pool.getHikariPoolMXBean() != null) {
			pool.getHikariConfigMXBean().setMinimumIdle(0);
			pool.getHikariPoolMXBean().softEvictConnections();
		}
	}

	void resume() {
		if (pool != null) {
			pool.getHikariConfigMXBean().setMinimumIdle(minimumIdle);
		}
	}

	static HikariDataSource hikari(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
