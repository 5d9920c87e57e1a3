package com.orderdispatch.hub.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached now, as the {@link DatabaseProbe} and every caller that met a connection
 * failure have seen it. While it cannot, requests are refused at once with 503 and Retry-After instead of each
 * waiting for a pool connection, pollers skip their runs, and readiness is DOWN; liveness never looks here. An
 * outage is logged once as it starts and once as it ends, with its length.
 */
@Component
public class DatabaseAvailability {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

	/** What a refused caller is told to wait: about the probe's interval while down, rounded up to a second. */
	static final long RETRY_AFTER_SECONDS = 1;

	private final Clock clock;

	private final ConnectionPoolThrottle pool;

	private final Object lock = new Object();

	private volatile Instant unreachableSince;

	private volatile String lastFailure;

	DatabaseAvailability(Clock clock, ConnectionPoolThrottle pool) {
		this.clock = clock;
		this.pool = pool;
	}

	/** Availability as the callers of a store without a pool see it, for code tested on a data source of its own. */
	public static DatabaseAvailability withoutPool(Clock clock) {
		return new DatabaseAvailability(clock, ConnectionPoolThrottle.NONE);
	}

	public boolean isReachable() {
		return unreachableSince == null;
	}

	public Optional<Instant> unreachableSince() {
		return Optional.ofNullable(unreachableSince);
	}

	/** The last connection failure seen, in words, for health details and the console. */
	public Optional<String> lastFailure() {
		return Optional.ofNullable(lastFailure);
	}

	/**
	 * Notes a failure of a database call. Answers whether it was the database being unreachable (and so an outage
	 * begins, if none was known); any other failure is the caller's own.
	 */
	public boolean failed(Throwable failure) {
		if (!ConnectionFailures.isConnectionFailure(failure)) {
			return false;
		}
		unreachable(describe(failure));
		return true;
	}

	/** Throws 503 with Retry-After while the database cannot be reached. */
	public void requireReachable() {
		if (!isReachable()) {
			throw unavailable();
		}
	}

	/** The answer for a request that needs the database while it cannot be reached. */
	public static ApiProblem unavailable() {
		return ApiProblem.unavailable("The database cannot be reached just now; nothing was changed. Try again in "
				+ RETRY_AFTER_SECONDS + " s (a retry with the same retailerOrderRef or Idempotency-Key is safe).",
				RETRY_AFTER_SECONDS);
	}

	/** Waits up to {@code max} for the database to be reachable; answers whether it is. */
	public boolean awaitReachable(Duration max) {
		long deadline = System.nanoTime() + max.toNanos();
		synchronized (lock) {
			while (!isReachable()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					lock.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return true;
		}
	}

	void unreachable(String why) {
		lastFailure = why;
		synchronized (lock) {
			if (unreachableSince != null) {
				return;
			}
			unreachableSince = clock.instant();
		}
		pool.holdOff();
		log.warn("Database unreachable ({}): requests answer 503 with Retry-After, pollers pause, readiness is DOWN "
				+ "until it answers again", why);
	}

	void reachable() {
		Instant since;
		synchronized (lock) {
			since = unreachableSince;
			if (since == null) {
				return;
			}
			unreachableSince = null;
			lock.notifyAll();
		}
		pool.resume();
		log.warn("Database reachable again after {} ms", Duration.between(since, clock.instant()).toMillis());
	}

	/** The innermost message, which names the cause ("Connection refused"), without a stack trace. */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.replaceAll("\\s+", " "));
	}

}
