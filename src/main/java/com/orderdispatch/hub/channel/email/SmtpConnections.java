package com.orderdispatch.hub.channel.email;

import java.net.Socket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMTP connections kept open between sends, so a busy hub does not pay a TCP (and TLS, and AUTH) handshake for
 * every email. At most {@code maxIdle} wait here; the most recently used is handed out first, so connections beyond
 * the working set stay idle and are closed once idle for {@code idleTimeout}. How many are open at once is bounded
 * by how many sends run at once (the dispatch workers); a send that finds none idle opens one.
 */
final class SmtpConnections implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SmtpConnections.class);

	/** How long shutdown waits for the idle connections' QUIT to be answered. */
	static final Duration QUIT_GRACE = Duration.ofSeconds(2);

	/** Opens a new, connected transport; {@link DeadlineSockets#openedBy} tells it which sockets it uses. */
	interface Connector {

		Connection open() throws MessagingException;

	}

	/** One open connection and the sockets under it, which a send's deadline closes without waiting for a QUIT. */
	static final class Connection {

		private final Transport transport;

		private final List<Socket> sockets;

		private long idleSince;

		Connection(Transport transport, List<Socket> sockets) {
			this.transport = transport;
			this.sockets = List.copyOf(sockets);
		}

		Transport transport() {
			return transport;
		}

		/** Drops the connection at once (a deadline passed or the send failed): no QUIT, nothing to wait for. */
		void cut() {
			sockets.forEach(DeadlineSockets::closeQuietly);
		}

		/** Says QUIT and closes; for connections that are merely no longer needed. */
		void quit() {
			try {
				transport.close();
			}
			catch (MessagingException | RuntimeException ex) {
				log.debug("Closing an idle SMTP connection: {}", ex.toString());
			}
			finally {
				cut();
			}
		}

	}

	private final Connector connector;

	private final int maxIdle;

	private final long idleTimeoutNanos;

	private final Deque<Connection> idle = new ArrayDeque<>();

	private final ScheduledExecutorService reaper;

	private boolean closed;

	SmtpConnections(Connector connector, int maxIdle, Duration idleTimeout) {
		this.connector = connector;
		this.maxIdle = maxIdle;
		this.idleTimeoutNanos = idleTimeout.toNanos();
		this.reaper = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "smtp-idle-connections");
			thread.setDaemon(true);
			return thread;
		});
		long every = Math.max(200, idleTimeout.toMillis() / 2);
		reaper.scheduleWithFixedDelay(this::closeExpired, every, every, TimeUnit.MILLISECONDS);
	}

	/** The most recently used idle connection that has not outstayed the idle timeout, or null. */
	Connection takeIdle() {
		Connection connection;
		synchronized (this) {
			connection = idle.pollFirst();
		}
		if (connection != null && System.nanoTime() - connection.idleSince >= idleTimeoutNanos) {
			// The most recently used one has outstayed, so all have; the reaper closes them, off this sending thread.
			quitLater(connection);
			offThread(this::closeExpired);
			return null;
		}
		return connection;
	}

	/** A new connection, for a send that found none idle or whose idle one had gone stale. */
	Connection open() throws MessagingException {
		return connector.open();
	}

	/** A send went through: the connection waits for the next one, unless enough are waiting already. */
	void release(Connection connection) {
		synchronized (this) {
			if (!closed && idle.size() < maxIdle) {
				connection.idleSince = System.nanoTime();
				idle.addFirst(connection);
				return;
			}
		}
		quitLater(connection);
	}

	/** A send failed on it: whatever state the connection is in, it is not used again. */
	void discard(Connection connection) {
		connection.cut();
	}

	synchronized int idleCount() {
		return idle.size();
	}

	/** Closes the connections idle for longer than the idle timeout (oldest are at the end). */
	private void closeExpired() {
		long now = System.nanoTime();
		while (true) {
			Connection expired;
			synchronized (this) {
				Connection oldest = idle.peekLast();
				if (oldest == null || now - oldest.idleSince < idleTimeoutNanos) {
					return;
				}
				expired = idle.pollLast();
			}
			expired.quit();
		}
	}

	/** QUIT waits for the server's answer, so it never runs on a sending thread. */
	private void quitLater(Connection connection) {
		if (!offThread(connection::quit)) {
			connection.cut();
		}
	}

	private boolean offThread(Runnable task) {
		try {
			reaper.execute(task);
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	/**
	 * On shutdown: the idle connections say QUIT; connections in use are closed when their send returns them. Each
	 * QUIT waits for the server's answer, up to the read timeout: a server that stopped answering must not hold the
	 * hub's shutdown that long for every connection. So they say it side by side, and whatever has not closed within
	 * {@link #QUIT_GRACE} is cut.
	 */
	@Override
	public void close() {
		reaper.shutdownNow();
		List<Connection> closing;
		synchronized (this) {
			closed = true;
			closing = List.copyOf(idle);
			idle.clear();
		}
		var quits = closing.stream()
			.map(connection -> CompletableFuture.runAsync(connection::quit, SmtpConnections::quitThread))
			.toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(quits).get(QUIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			log.debug("SMTP connections not closed by QUIT in time are cut: {}", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			closing.forEach(Connection::cut);
		}
	}

	private static void quitThread(Runnable quit) {
		Thread thread = new Thread(quit, "smtp-quit");
		thread.setDaemon(true);
		thread.start();
	}

}
