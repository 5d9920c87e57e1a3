package com.orderdispatch.hub.channel.email;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.orderdispatch.hub.channel.email.MailMessages.Envelope;
import com.orderdispatch.hub.dispatch.channel.SendDeadlines;
import com.orderdispatch.hub.support.CuttableProxy;
import org.apache.camel.component.mail.DefaultJavaMailSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;

/** The pooled sender against real SMTP servers: GreenMail behind a connection-counting proxy, and a scripted one. */
@Timeout(60)
class PooledMailSenderTests {

	static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	private final List<AutoCloseable> closing = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (int i = closing.size() - 1; i >= 0; i--) {
			closing.get(i).close();
		}
	}

	@Test
	void sendsManyEmailsOverOneConnection() throws Exception {
		var proxy = closeLater(CuttableProxy.to(SMTP_PORT));
		var sender = sender(proxy.port(), Duration.ofSeconds(30));

		for (int i = 0; i < 25; i++) {
			sender.send(email("orders@acme.example", "many-" + i));
		}

		assertThat(smtp.getReceivedMessages()).hasSize(25);
		assertThat(proxy.connectionsOpened()).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()[24].getMessageID()).isEqualTo("<many-24@test>");
	}

	@Test
	void sendsOnANewConnectionWhenTheKeptOneWentStaleBecauseTheServerRestarted() throws Exception {
		var proxy = closeLater(CuttableProxy.to(SMTP_PORT));
		var sender = sender(proxy.port(), Duration.ofSeconds(30));
		sender.send(email("orders@acme.example", "before-restart"));

		smtp.stop();
		smtp.start();
		sender.send(email("orders@acme.example", "after-restart"));

		assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getMessageID)
			.containsExactly("<after-restart@test>");
		assertThat(proxy.connectionsOpened()).isEqualTo(2);
	}

	@Test
	void sendsFromManyThreadsAndKeepsNoMoreThanMaxIdleConnections() throws Exception {
		var sender = sender(SMTP_PORT, Duration.ofSeconds(30), 2);
		var threads = Executors.newFixedThreadPool(4);
		var sends = new ArrayList<Future<?>>();
		for (int i = 0; i < 40; i++) {
			String id = "parallel-" + i;
			sends.add(threads.submit(() -> {
				sender.send(email("orders@acme.example", id));
				return null;
			}));
		}
		for (Future<?> send : sends) {
			send.get(30, TimeUnit.SECONDS);
		}
		threads.shutdown();

		assertThat(smtp.getReceivedMessages()).hasSize(40);
		assertThat(sender.idleConnections()).isBetween(1, 2);
	}

	@Test
	void withoutAUsernameConfiguredItSendsWithoutLoggingInToAServerThatOffersAuth() throws Exception {
		// Real GreenMail with authentication on: it offers AUTH, takes mail without it, refuses unknown logins.
		var server = new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", "smtp"));
		server.start();
		closing.add(server::stop);
		// hub.mail.username and password left blank: camel-mail hands over empty strings (username=RAW()).
		var sender = sender(server.getSmtp().getPort(), Duration.ofSeconds(30), 8, Duration.ofSeconds(30), "");

		sender.send(email("orders@acme.example", "anonymous"));

		assertThat(server.getReceivedMessages()).extracting(MimeMessage::getMessageID)
			.containsExactly("<anonymous@test>");
	}

	@Test
	void aRefusedRecipientFailsTheSendWithoutAnotherTry() throws Exception {
		var server = closeLater(new ScriptedSmtpServer());
		server.refuse("nobody@acme.example");
		var sender = sender(server.port(), Duration.ofSeconds(30));
		sender.send(email("orders@acme.example", "first"));

		assertThatThrownBy(() -> sender.send(email("nobody@acme.example", "refused")))
			.isInstanceOf(MessagingException.class);

		assertThat(server.commands()).filteredOn(command -> command.contains("nobody@acme.example")).hasSize(1);
		assertThat(server.connectionsOpened()).isEqualTo(1);
		sender.send(email("orders@acme.example", "after-refusal"));
		assertThat(server.messagesTaken()).isEqualTo(2);
	}

	@Test
	void aKeptConnectionIsCutAtTheDeadlineOfALaterSend() throws Exception {
		var server = closeLater(new ScriptedSmtpServer());
		// Far longer than the test may run: only the deadline can end the hung send.
		var sender = sender(server.port(), Duration.ofMinutes(5));
		assertThat(SendDeadlines.within(Duration.ofSeconds(20), () -> sender.send(email("orders@acme.example", "a")))
			.failure()).isNull();

		server.goSilentAfterMailFrom();
		var hung = SendDeadlines.within(Duration.ofMillis(300), () -> sender.send(email("orders@acme.example", "b")));

		assertThat(hung.failure()).isInstanceOf(MessagingException.class);
		assertThat(hung.expired()).isTrue();
		assertThat(server.connectionsOpened()).as("no second try once the deadline passed").isEqualTo(1);
		assertThat(sender.idleConnections()).isZero();
	}

	@Test
	void closesConnectionsIdleForLongerThanTheIdleTimeout() throws Exception {
		var server = closeLater(new ScriptedSmtpServer());
		var sender = sender(server.port(), Duration.ofSeconds(30), 8, Duration.ofMillis(300));

		sender.send(email("orders@acme.example", "then-idle"));

		await().atMost(Duration.ofSeconds(10)).until(() -> server.connectionsOpen() == 0);
		assertThat(server.commands()).contains("QUIT");
		assertThat(sender.idleConnections()).isZero();
	}

	@Test
	void saysQuitOnEveryKeptConnectionWhenClosed() throws Exception {
		var server = closeLater(new ScriptedSmtpServer());
		var sender = keptOpenTo(server, Duration.ofSeconds(30));

		sender.close();

		await().atMost(Duration.ofSeconds(10)).until(() -> server.connectionsOpen() == 0);
		assertThat(server.commands()).contains("QUIT");
	}

	@Test
	void aServerThatNeverAnswersQuitDoesNotHoldTheShutdown() throws Exception {
		var server = closeLater(new ScriptedSmtpServer());
		// Far longer than the test may run: only the grace for QUIT can end the close.
		var sender = keptOpenTo(server, Duration.ofMinutes(5));
		server.goSilentOnQuit();

		assertTimeoutPreemptively(SmtpConnections.QUIT_GRACE.plusSeconds(10), sender::close);

		await().atMost(Duration.ofSeconds(10)).until(() -> server.connectionsOpen() == 0);
		assertThat(server.commands()).contains("QUIT");
	}

	/** A sender that keeps one connection open to the server, after a first email. */
	private PooledMailSender keptOpenTo(ScriptedSmtpServer server, Duration readTimeout) throws Exception {
		var sender = sender(server.port(), readTimeout);
		sender.send(email("orders@acme.example", "then-idle"));
		assertThat(server.connectionsOpen()).isEqualTo(1);
		return sender;
	}

	private PooledMailSender sender(int port, Duration readTimeout) {
		return sender(port, readTimeout, 8);
	}

	private PooledMailSender sender(int port, Duration readTimeout, int maxIdle) {
		return sender(port, readTimeout, maxIdle, Duration.ofSeconds(30));
	}

	/** Configured as camel-mail configures its own sender from hub.mail.uri, deadline sockets included. */
	private PooledMailSender sender(int port, Duration readTimeout, int maxIdle, Duration idleTimeout) {
		return sender(port, readTimeout, maxIdle, idleTimeout, null);
	}

	private PooledMailSender sender(int port, Duration readTimeout, int maxIdle, Duration idleTimeout,
			String login) {
		var properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", String.valueOf(readTimeout.toMillis()));
		properties.putAll(new DeadlineSockets().mailDeadlineProperties());
		var camels = new DefaultJavaMailSender();
		camels.setHost("127.0.0.1");
		camels.setPort(port);
		camels.setProtocol("smtp");
		camels.setUsername(login);
		camels.setPassword(login);
		camels.setSession(Session.getInstance(properties));
		var sender = new PooledMailSender(() -> camels, new SmtpPoolProperties(maxIdle, idleTimeout));
		closing.add(sender);
		return sender;
	}

	private <T extends AutoCloseable> T closeLater(T resource) {
		closing.add(resource);
		return resource;
	}

	private static MimeMessage email(String to, String id) throws MessagingException {
		var envelope = new Envelope(MailHeaders.mailbox("orders@hub.example", "Hub"),
				List.of(MailHeaders.mailbox(to, null)), "Test " + id, "<" + id + "@test>");
		return MailMessages.plain(envelope, "Hello " + id);
	}

}
