package com.orderdispatch.hub.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks at the database on a thread of its own four times a second, so that readiness follows an outage within
 * about half a second either way, with or without traffic; two failed looks in a row make an outage, and one good
 * look ends it (a caller that met a broken connection reports an outage at once). On a
 * server database it keeps one connection of its own outside the pool, with one-second timeouts, so it never waits
 * behind the pool or its back-off; the embedded H2 store cannot go away on its own and is asked through the pool.
 */
@Component
class DatabaseProbe implements SmartLifecycle {

	/** How often it looks: an outage is seen, and its end, within about this (twice it, to be sure of an outage). */
	static final Duration INTERVAL = Duration.ofMillis(250);

	/** Failed looks in a row that make an outage: one slow answer on a loaded machine is not one. */
	static final int FAILURES_FOR_AN_OUTAGE = 2;

	private static final int TIMEOUT_SECONDS = 1;

	private final DataSource dataSource;

	private final HikariDataSource pool;

	private final DatabaseAvailability availability;

	private ScheduledExecutorService executor;

	private Connection own;

	private int failuresInARow;

	DatabaseProbe(DataSource dataSource, DatabaseAvailability availability) {
		this.dataSource = dataSource;
		this.pool = ConnectionPoolThrottle.hikari(dataSource);
		this.availability = availability;
	}

	@Override
	public void start() {
		executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "database-probe");
			thread.setDaemon(true);
			return thread;
		});
		executor.schedule(this::probe, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void probe() {
		try {
			check();
			failuresInARow = 0;
			availability.reachable();
		}
		catch (SQLException | RuntimeException ex) {
			closeOwn();
			if (++failuresInARow >= FAILURES_FOR_AN_OUTAGE) {
				availability.unreachable(DatabaseAvailability.describe(ex));
			}
		}
		try {
			executor.schedule(this::probe, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.RejectedExecutionException stopping) {
			// The hub is stopping.
		}
	}

	private void check() throws SQLException {
		if (!ownsConnection()) {
			if (!availability.isReachable()) {
				try (Connection connection = dataSource.getConnection()) {
					valid(connection);
				}
			}
			return;
		}
		if (own == null) {
			own = open();
		}
		valid(own);
	}

	private static void valid(Connection connection) throws SQLException {
		if (!connection.isValid(TIMEOUT_SECONDS)) {
			throw new SQLException("the database did not answer within " + TIMEOUT_SECONDS + " s", "08006");
		}
	}

	private boolean ownsConnection() {
		return pool != null && pool.getJdbcUrl() != null && !pool.getJdbcUrl().startsWith("jdbc:h2:");
	}

	private Connection open() throws SQLException {
		var properties = new Properties();
		if (pool.getUsername() != null) {
			properties.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			properties.setProperty("password", pool.getPassword());
		}
		if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			properties.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
			properties.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
			properties.setProperty("socketTimeout", Integer.toString(2 * TIMEOUT_SECONDS));
			properties.setProperty("ApplicationName", "order-dispatch-hub database probe");
		}
		return DriverManager.getConnection(pool.getJdbcUrl(), properties);
	}

	private void closeOwn() {
		if (own != null) {
			try {
				own.close();
			}
			catch (SQLException ex) {
				// It is being replaced because it failed.
			}
			own = null;
		}
	}

	@Override
	public void stop() {
		if (executor != null) {
			executor.shutdownNow();
			try {
				executor.awaitTermination(3, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			closeOwn();
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null && !executor.isShutdown();
	}

}
