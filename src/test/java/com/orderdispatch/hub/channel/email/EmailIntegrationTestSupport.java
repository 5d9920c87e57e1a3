package com.orderdispatch.hub.channel.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.Orders;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.support.HubFixture;
import org.apache.camel.ProducerTemplate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.orderdispatch.hub.config.LiveConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The started hub with its real email routes against a real SMTP server (GreenMail). Orders enter through the
 * intake API and the dispatch engine hands their deliveries to the channel routes, as in production.
 */
@HubTest(properties = { "hub.config.reload-interval=1h", "hub.mail.host=127.0.0.1",
		"hub.dispatch.retry-schedule=0s,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms" })
abstract class EmailIntegrationTestSupport {

	static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();

	static final Path CONFIG = HubFixture.configCopy();

	static final String SCHOEN_SHOP = "Schön & Söhne <Gärten>\r\nBcc: evil@x.example";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static {
		HubFixture.append(CONFIG.resolve("retailers.yaml"), Path.of("src/test/resources/email/extra-retailers.yaml"));
		HubFixture.append(CONFIG.resolve("suppliers.yaml"), Path.of("src/test/resources/email/extra-suppliers.yaml"));
	}

	/** The demo configuration with the email tests' extra entries, and its templates, which a test edits. */
	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("hub.config.directory", CONFIG::toString);
		registry.add("hub.mail.templates", () -> CONFIG.resolve("templates").toString());
		registry.add("hub.mail.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProducerTemplate producer;

	@Autowired
	LiveConfig liveConfig;

	/** Places an order through the intake API and answers the email delivery the outbox planned for it. */
	Delivery order(String apiKey, String ref, String supplierId, String customerName, String notes) {
		var response = HubFixture.postOrder(port, apiKey, Orders.order(ref)
			.customer(customerName, "zoe@example.com", "+44 20 7946 0000")
			.shipTo(customerName, "Ångström AB", "Storgatan 1", "Malmö", "211 34", "SE")
			.line("1", "ACME-HAMMER-16", supplierId, "Claw hammer <16oz>", 2, "14.99")
			.line("2", "ACME-NAILS-500", supplierId, "Nails, 500 pack", 3, "4.50")
			.notes(notes)
			.json());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return HubFixture.delivery(jdbc, ref, supplierId, "email", liveConfig.current()
			.supplier(supplierId)
			.flatMap(supplier -> supplier.channelsOrNone().active("email", EmailSettings.class))
			.orElseThrow());
	}

	/** No test leaves a delivery behind for the engine to send into the next test's mailbox. */
	@AfterEach
	void drainDeliveries() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from delivery where channel = 'email' "
					+ "and status in ('PENDING', 'IN_FLIGHT')")
				.query(Long.class)
				.single() == 0);
	}

	/** Waits until the dispatch engine has delivered it through the supplier's channel-email route. */
	void awaitDelivered(Delivery delivery) {
		await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(status(delivery)));
	}

	String status(Delivery delivery) {
		return jdbc.sql("select status from delivery where id = ?").param(delivery.id()).query(String.class).single();
	}

	int attempts(Delivery delivery) {
		return jdbc.sql("select attempts from delivery where id = ?").param(delivery.id()).query(Integer.class).single();
	}

	/** What landed in this address's mailbox (GreenMail keeps one copy per recipient). */
	List<MimeMessage> receivedBy(String address) {
		var user = smtp.getUserManager().getUserByEmail(address);
		if (user == null) {
			return List.of();
		}
		try {
			return smtp.getManagers()
				.getImapHostManager()
				.getInbox(user)
				.getMessages()
				.stream()
				.map(stored -> stored.getMimeMessage())
				.toList();
		}
		catch (com.icegreen.greenmail.store.FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String expectedMessageId(Delivery delivery) {
		return "<" + delivery.idempotencyKey() + "@order-dispatch-hub>";
	}

	/** The text of the first part of this MIME type, searching nested multiparts. */
	static String part(Part message, String mimeType) throws MessagingException, IOException {
		if (message.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(message.getDisposition())) {
			return (String) message.getContent();
		}
		if (message.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) message.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), mimeType);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static List<BodyPart> attachments(Message message) throws MessagingException, IOException {
		var found = new ArrayList<BodyPart>();
		if (message.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				if (Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
					found.add(multipart.getBodyPart(i));
				}
			}
		}
		return found;
	}

	static List<CSVRecord> csv(BodyPart attachment) throws MessagingException, IOException {
		var bytes = new ByteArrayOutputStream();
		attachment.getDataHandler().writeTo(bytes);
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(bytes.toString(StandardCharsets.UTF_8)))
			.getRecords();
	}

	static String decoded(String header) throws IOException {
		return MimeUtility.decodeText(header);
	}

}
