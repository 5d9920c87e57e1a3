package com.orderdispatch.hub.channel.email;

import java.util.Date;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import com.orderdispatch.hub.channel.email.SmtpConnections.Connection;
import com.orderdispatch.hub.dispatch.channel.SendDeadline;
import org.apache.camel.component.mail.DefaultJavaMailSender;
import org.apache.camel.component.mail.JavaMailSender;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends camel-mail's messages over kept SMTP connections ({@link SmtpConnections}) instead of one new connection
 * per email, camel-mail's default. Host, port, TLS, credentials and the deadline sockets are those of
 * {@code hub.mail.uri}: the first send asks camel-mail for the sender it would have made from that URI and connects
 * as that one would, so no setting is read twice. A send that fails on a kept connection because the connection
 * went stale while idle is sent once more on a new connection; any other failure is the attempt's failure.
 */
final class PooledMailSender extends UriConfiguredMailSender implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PooledMailSender.class);

	private final Supplier<JavaMailSender> configuredByUri;

	private final SmtpPoolProperties pool;

	private volatile JavaMailSender configured;

	private volatile SmtpConnections connections;

	PooledMailSender(Supplier<JavaMailSender> configuredByUri, SmtpPoolProperties pool) {
		this.configuredByUri = configuredByUri;
		this.pool = pool;
	}

	@Override
	public void send(MimeMessage message) throws MessagingException {
		prepare(message);
		SmtpConnections connections = connections();
		Connection kept = connections.takeIdle();
		if (kept != null) {
			try {
				sendOn(kept, message);
				return;
			}
			catch (MessagingException ex) {
				if (!SmtpFailures.connectionWentStale(ex) || deadlinePassed()) {
					throw ex;
				}
				log.debug("A kept SMTP connection had gone stale ({}); sending on a new one", ex.toString());
			}
		}
		sendOn(connections.open(), message);
	}

	/** As camel-mail's own sender does: a sent date, and the Message-ID kept through the save. */
	private static void prepare(MimeMessage message) throws MessagingException {
		if (message.getSentDate() == null) {
			message.setSentDate(new Date());
		}
		String messageId = message.getMessageID();
		message.saveChanges();
		if (messageId != null) {
			message.setHeader("Message-ID", messageId);
		}
	}

	private void sendOn(Connection connection, MimeMessage message) throws MessagingException {
		// The connection may have been opened by an earlier send: this send's deadline must be able to cut it too.
		SendDeadline.current().ifPresent(deadline -> deadline.onExpiry(connection::cut));
		try {
			connection.transport().sendMessage(message, message.getAllRecipients());
		}
		catch (MessagingException | RuntimeException ex) {
			connections.discard(connection);
			throw ex;
		}
		if (deadlinePassed()) {
			connections.discard(connection);
		}
		else {
			connections.release(connection);
		}
	}

	private static boolean deadlinePassed() {
		return SendDeadline.current().map(SendDeadline::expired).orElse(false);
	}

	private Connection connect() throws MessagingException {
		JavaMailSender sender = configured();
		Transport transport = sender.getSession().getTransport(sender.getProtocol());
		PasswordAuthentication login = sender instanceof DefaultJavaMailSender camels
				? camels.getPasswordAuthentication()
				: new PasswordAuthentication(sender.getUsername(), sender.getPassword());
		// No username configured (hub.mail.username is blank): log in as nobody. JavaMail would otherwise try AUTH
		// with empty credentials wherever the server offers it, and a server that takes mail without AUTH refuses them.
		boolean anonymous = login.getUserName() == null || login.getUserName().isBlank();
		var sockets = DeadlineSockets.openedBy(() -> transport.connect(sender.getHost(), sender.getPort(),
				anonymous ? null : login.getUserName(), anonymous ? null : login.getPassword()));
		log.debug("Opened an SMTP connection to {}:{}", sender.getHost(), sender.getPort());
		return new Connection(transport, sockets);
	}

	@Override
	JavaMailSender configured() {
		JavaMailSender sender = configured;
		if (sender == null) {
			synchronized (this) {
				if (configured == null) {
					configured = configuredByUri.get();
				}
				sender = configured;
			}
		}
		return sender;
	}

	private SmtpConnections connections() {
		SmtpConnections current = connections;
		if (current == null) {
			synchronized (this) {
				if (connections == null) {
					connections = new SmtpConnections(this::connect, pool.maxIdle(), pool.idleTimeout());
				}
				current = connections;
			}
		}
		return current;
	}

	/** How many connections wait for the next send. */
	int idleConnections() {
		SmtpConnections current = connections;
		return current == null ? 0 : current.idleCount();
	}

	/** On shutdown, the kept connections say QUIT. */
	@Override
	public synchronized void close() {
		if (connections != null) {
			connections.close();
		}
	}

}
