package com.orderdispatch.hub.system;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach the database (no connection within the pool's timeout, a connection cut, a server
 * shutting down) from a failure of the statement itself. Only the first kind is an outage: the request was fine,
 * and the same request succeeds once the database is back.
 */
public final class ConnectionFailures {

	private ConnectionFailures() {
	}

	public static boolean isConnectionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof SocketException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			// A transaction that could not even be ended on its connection (JDBC refused the rollback: HikariCP had
			// already closed the broken connection) hides the failure that made it roll back; the connection is gone.
			if (cause instanceof TransactionSystemException ended && (ended.getCause() instanceof SQLException
					|| ended.getOriginalException() != null && ended.getOriginalException() != cause
							&& isConnectionFailure(ended.getOriginalException()))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 is "connection exception"; 57P01-57P03 are PostgreSQL's "the server is shutting down or
	 * starting up".
	 */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

}
