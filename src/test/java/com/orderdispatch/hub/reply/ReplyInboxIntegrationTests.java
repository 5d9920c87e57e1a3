package com.orderdispatch.hub.reply;

import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.LifecycleClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reply-inbox route against a real IMAP and SMTP server (GreenMail): a supplier's reply ships its order. */
@HubTest(config = "src/test/resources/reply", properties = { "hub.reply.enabled=true", "hub.reply.address=" + ReplyInboxIntegrationTests.MAILBOX, "hub.mail.host=127.0.0.1" })
class ReplyInboxIntegrationTests {

	static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();

	static final int IMAP_PORT = TestSocketUtils.findAvailableTcpPort();

	static final String MAILBOX = "replies@hub.test";

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup[] { new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"),
					new ServerSetup(IMAP_PORT, "127.0.0.1", "imap") })
		.withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, "secret").withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("hub.mail.port", () -> SMTP_PORT);
		registry.add("hub.reply.uri", () -> "imap://127.0.0.1:" + IMAP_PORT + "?username=" + MAILBOX
				+ "&password=secret&moveTo=processed&delete=false&unseen=true&delay=200");
	}

	@LocalServerPort
	int port;

	@Autowired
	ReplyApplier replies;

	@Test
	void aShippedReplyShipsTheOrderOnceIsConfirmedAndMovedToProcessed() throws Exception {
		var lifecycle = new LifecycleClient(new ApiClient(port));
		String number = lifecycle.placeThreeLines("acme") + "-01";
		await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> assertThat(orderEmail(number))
			.as(Arrays.stream(mail.getReceivedMessages()).map(m -> { try { return m.getSubject(); } catch (MessagingException e) { return "?"; } }).toList().toString())
			.isNotNull());
		assertThat(orderEmail(number).getReplyTo()).extracting(Object::toString).containsExactly(MAILBOX);
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(orderEmail(number)))
			.contains("SHIPPED <carrier> <tracking>");
		MimeMessage reply = reply(number, "SHIPPED DHL 00340434161234567890\n\nOn Mon, hub wrote:\n> New order");

		mail.getUserManager().getUser(MAILBOX).deliver(reply);
		mail.getUserManager().getUser(MAILBOX).deliver(reply(number, "SHIPPED DHL 00340434161234567890"));

		await().atMost(Duration.ofSeconds(30)).until(() -> confirmations(number) == 1 && folderCount("processed") == 2);
		var order = lifecycle.supplierOrder("acme-test-key", number);
		assertThat(order.get("status").asText()).isEqualTo("SHIPPED");
		assertThat(order.get("shipments").size()).isEqualTo(1);
		assertThat(folderCount("INBOX")).isZero();
		Thread.sleep(1000);
		assertThat(confirmations(number)).isEqualTo(1);
	}

	private MimeMessage reply(String number, String text) throws MessagingException {
		var message = new MimeMessage(Session.getInstance(new Properties())) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", "<reply-" + number + "@acme.example>");
			}
		};
		message.setFrom(new InternetAddress("orders@acme.example"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
		message.setSubject("Re: New order " + number + " " + replies.reference(number));
		message.setHeader("In-Reply-To", "<order-" + number + "@order-dispatch-hub>");
		message.setText(text);
		message.saveChanges();
		return message;
	}

	/** The order email, its subject ending with the signed reference a reply is matched by. */
	private MimeMessage orderEmail(String number) {
		String reference = replies.reference(number);
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject() != null && message.getSubject().startsWith("Order " + number)
						&& message.getSubject().endsWith(reference);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).findFirst().orElse(null);
	}

	private long confirmations(String number) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject() != null && message.getSubject().startsWith("Done: [ref " + number + ".");
			}
			catch (MessagingException ex) {
				return false;
			}
		}).count();
	}

	private int folderCount(String name) throws MessagingException {
		var store = Session.getInstance(new Properties()).getStore("imap");
		store.connect("127.0.0.1", IMAP_PORT, MAILBOX, "secret");
		try {
			Folder folder = store.getFolder(name);
			if (!folder.exists()) {
				return 0;
			}
			folder.open(Folder.READ_ONLY);
			int count = folder.getMessageCount();
			folder.close(false);
			return count;
		}
		finally {
			store.close();
		}
	}

}
