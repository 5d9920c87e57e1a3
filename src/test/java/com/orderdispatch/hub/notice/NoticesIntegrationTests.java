package com.orderdispatch.hub.notice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.orderdispatch.hub.support.HubTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.orderdispatch.hub.channel.webhook.WebhookSignature;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.LifecycleClient;
import com.orderdispatch.hub.support.Orders;
import com.orderdispatch.hub.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who hears of a change, through the outbox: retailers by email (GreenMail) and by their signed webhook, suppliers
 * on their own channels (a real HTTP receiver, GreenMail).
 */
@HubTest(properties = { "hub.mail.host=127.0.0.1",
		"hub.dispatch.retry-schedule=0s,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms" })
class NoticesIntegrationTests {

	static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();

	static final WebhookReceiver RECEIVER = WebhookReceiver.start();

	static final String SHOP = "noticed-shop-key";

	static final String QUIET = "quiet-shop-key";

	static final String HOOKED = "hooked-test-key";

	static final String MAILED = "mailed-test-key";

	static Path dropFolder;

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@DynamicPropertySource
	static void hub(DynamicPropertyRegistry registry) throws IOException {
		Path config = HubFixture.configCopy();
		dropFolder = Files.createTempDirectory("drop");
		Files.writeString(config.resolve("retailers.yaml"), """
				retailers:
				  - id: noticed-shop
				    name: Noticed Shop
				    notificationEmail: ops@noticed.example
				    apiKey: %s
				    webhook:
				      url: "%s"
				      secrets: ["%s"]
				  - id: quiet-shop
				    name: Quiet Shop
				    notificationEmail: ops@quiet.example
				    apiKey: %s
				    notices:
				      rejections: false
				      shipments: false
				""".formatted(SHOP, RECEIVER.url("shop"), HubFixture.SECRET, QUIET));
		Files.writeString(config.resolve("catalog.yaml"), "catalog: []\n");
		Files.writeString(config.resolve("suppliers.yaml"), """
				suppliers:
				  - id: hooked
				    name: Hooked Supplies
				    contactEmail: dev@hooked.example
				    apiKey: %s
				    channels:
				      webhook:
				        url: "%s"
				        secrets: ["%s"]
				  - id: mailed
				    name: Mailed Supplies
				    contactEmail: desk@mailed.example
				    apiKey: %s
				    channels:
				      email:
				        to: [orders@mailed.example]
				  - id: dropped
				    name: Dropped Supplies
				    contactEmail: edi@dropped.example
				    apiKey: dropped-test-key
				    channels:
				      directory:
				        path: "%s"
				""".formatted(HOOKED, RECEIVER.url("hooked"), HubFixture.SECRET, MAILED,
				dropFolder.toString().replace("\\", "/")));
		registry.add("hub.config.directory", config::toString);
		registry.add("hub.mail.templates", () -> config.resolve("templates").toString());
		registry.add("hub.mail.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	ApiClient api;

	LifecycleClient lifecycle;

	@BeforeEach
	void client() {
		// Made up front: GreenMail makes a mailbox on first delivery, and two deliveries at once can race at that.
		for (String address : List.of("ops@noticed.example", "ops@quiet.example", "orders@mailed.example")) {
			smtp.setUser(address, address, "password");
		}
		api = new ApiClient(port);
		lifecycle = new LifecycleClient(api);
	}

	/** No test leaves a delivery behind for the engine to send into the next test's mailbox. */
	@AfterEach
	void drain() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from delivery where status in ('PENDING', 'IN_FLIGHT')")
				.query(Long.class)
				.single() == 0);
	}

	@Test
	void aSupplierCancellationEmailsTheRetailerExactlyOnceWithTheSuppliersNote() throws Exception {
		String number = lifecycle.placeThreeLines(QUIET, "hooked") + "-01";

		var reply = lifecycle.supplier(HOOKED, number, "cancel", "{\"note\": \"Warehouse flooded\"}");

		assertThat(reply.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> notices("ops@quiet.example", number).size() == 1);
		// And no second one, watched for a second.
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
			.until(() -> notices("ops@quiet.example", number).size() == 1);
		var notices = notices("ops@quiet.example", number);
		assertThat(notices).hasSize(1);
		assertThat(notices.get(0).getSubject()).contains(number, "was canceled");
		assertThat((String) notices.get(0).getContent()).contains("Warehouse flooded").contains("supplier")
			.contains(number, "Canceled by: ", "Reason:      Warehouse flooded", "Total:");
	}

	@Test
	void aCancellationNoticeRefusedBySmtpIsRetriedAndArrivesOnce() throws Exception {
		String number = lifecycle.placeThreeLines(QUIET, "hooked") + "-01";
		smtp.stop();

		var reply = api.send(api.request("/api/v1/admin/supplier-orders/" + number + "/cancel", null)
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("admin:" + HubFixture.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"note\": \"Supplier phoned: no stock\"}")));
		assertThat(reply.status()).as(reply.response().body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> noticeAttempts(number) >= 2);
		assertThat(noticeStatus(number)).isNotEqualTo("DELIVERED");

		smtp.start();

		await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(noticeStatus(number)));
		var notices = notices("ops@quiet.example", number);
		assertThat(notices).hasSize(1);
		assertThat((String) notices.get(0).getContent()).contains("Supplier phoned: no stock").contains("admin");
	}

	@Test
	void aRetailerCancellationReachesAWebhookSupplierSignedAndAnEmailSupplierByEmail() throws Exception {
		String order = placeForBoth();

		var reply = lifecycle.retailerCancel(SHOP, order, "{\"reason\": \"Customer withdrew\"}");

		assertThat(reply.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> events("hooked", "supplier_order.cancelled").size() == 1);
		var received = events("hooked", "supplier_order.cancelled").get(0);
		assertThat(WebhookSignature.verify(List.of(HubFixture.SECRET), received.id(), received.timestamp(),
				received.body(), received.signature())).isTrue();
		JsonNode event = json.readTree(received.body());
		assertThat(event.get("data").get("status").asText()).isEqualTo("CANCELLED");
		assertThat(event.get("data").get("supplierOrderNumber").asText()).isEqualTo(order + "-01");

		await().atMost(Duration.ofSeconds(20)).until(() -> changeEmails("orders@mailed.example", order + "-02").size() == 1);
		MimeMessage email = changeEmails("orders@mailed.example", order + "-02").get(0);
		assertThat(email.getHeader("X-Hub-Event")[0]).isEqualTo("supplier_order.cancelled");
		assertThat((String) email.getContent()).contains("CANCELLED").contains("Customer withdrew");
		// The retailer cancelled itself: no cancellation email back to it.
		assertThat(notices("ops@noticed.example", order + "-01")).isEmpty();
	}

	@Test
	void aRetailerCancellationReachesADirectorySupplierAsACancellationFile() throws Exception {
		String order = lifecycle.placeThreeLines(SHOP, "dropped");
		String number = order + "-01";
		await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(dropFolder.resolve(number + ".csv")));

		lifecycle.retailerCancel(SHOP, order, "{\"reason\": \"Customer withdrew\", \"lines\": [\"B\"]}");

		Path change = dropFolder.resolve("UPDATED-" + number + ".csv");
		await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(change));
		var rows = Files.readAllLines(change);
		assertThat(rows.get(0)).startsWith("event,supplier_order_number");
		assertThat(rows).anySatisfy(row -> assertThat(row).contains(",B,SKU-B,3,CANCELLED,0,Customer withdrew"));
		assertThat(Files.readString(dropFolder.resolve(number + ".csv"))).doesNotContain("CANCELLED");

		lifecycle.retailerCancel(SHOP, order, "{\"reason\": \"All of it\"}");

		await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(dropFolder.resolve("CANCELLED-" + number + ".csv")));
	}

	@Test
	void rejectionsAndShipmentsAreEmailedAndSentToTheRetailersWebhook() throws Exception {
		String number = lifecycle.placeThreeLines(SHOP, "hooked") + "-01";

		lifecycle.supplier(HOOKED, number, "reject", "{\"reason\": \"OUT_OF_STOCK\", \"lines\": [\"C\"]}");
		lifecycle.supplier(HOOKED, number, "shipments",
				"{\"carrier\": \"DHL\", \"trackingNumber\": \"JD014600\", \"trackingUrl\": \"https://track.example/JD014600\"}");

		await().atMost(Duration.ofSeconds(20)).until(() -> notices("ops@noticed.example", number).size() == 2);
		var texts = notices("ops@noticed.example", number).stream().map(NoticesIntegrationTests::text).toList();
		assertThat(texts).anySatisfy(text -> assertThat(text).contains("Rejected: line C").contains("OUT_OF_STOCK"));
		assertThat(texts).anySatisfy(text -> assertThat(text).contains("Shipped with DHL, tracking number JD014600")
			.contains("https://track.example/JD014600"));
		await().atMost(Duration.ofSeconds(20)).until(() -> shopEvents(number).size() == 2);
		for (var received : shopEvents(number)) {
			assertThat(WebhookSignature.verify(List.of(HubFixture.SECRET), received.id(), received.timestamp(),
					received.body(), received.signature())).isTrue();
		}
		assertThat(json.readTree(shopEvents(number).get(1).body()).get("data").get("status").asText())
			.isEqualTo("SHIPPED");
	}

	@Test
	void aRetailerThatSwitchedNoticesOffGetsNoRejectionOrShipmentEmail() throws Exception {
		String number = lifecycle.placeThreeLines(QUIET, "hooked") + "-01";

		lifecycle.supplier(HOOKED, number, "reject", "{\"reason\": \"OUT_OF_STOCK\", \"lines\": [\"C\"]}");
		lifecycle.supplier(HOOKED, number, "shipments", "{\"carrier\": \"DHL\"}");

		assertThat(jdbc.sql("select count(*) from delivery d join supplier_order so on so.id = d.supplier_order_id "
				+ "where so.supplier_order_number = ? and d.channel = 'notice'").param(number).query(Long.class).single())
			.isZero();
	}

	private String placeForBoth() {
		String body = Orders.order(Orders.uniqueRef())
			.line("A", "SKU-A", "hooked", null, 2, "3.50")
			.line("B", "SKU-B", "mailed", null, 3, "1.00")
			.json();
		var reply = api.postOrder(SHOP, body);
		assertThat(reply.status()).isEqualTo(201);
		return reply.json().get("orderNumber").asText();
	}

	private List<WebhookReceiver.Received> events(String name, String type) {
		return RECEIVER.received(name).stream().filter(r -> new String(r.body(), StandardCharsets.UTF_8)
			.contains("\"type\":\"" + type + "\"")).toList();
	}

	private List<WebhookReceiver.Received> shopEvents(String number) {
		return RECEIVER.received("shop").stream()
			.filter(r -> new String(r.body(), StandardCharsets.UTF_8).contains("\"subject\":\"" + number + "\""))
			.toList();
	}

	private List<MimeMessage> notices(String address, String number) {
		return received(address).stream().filter(m -> header(m, "X-Supplier-Order-Number").equals(number)).toList();
	}

	private List<MimeMessage> changeEmails(String address, String number) {
		return notices(address, number).stream().filter(m -> !header(m, "X-Hub-Event").isEmpty()).toList();
	}

	private List<MimeMessage> received(String address) {
		return List.of(smtp.getReceivedMessages()).stream().filter(m -> {
			try {
				return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String header(MimeMessage message, String name) {
		try {
			String[] values = message.getHeader(name);
			return values == null ? "" : values[0];
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long noticeAttempts(String number) {
		return jdbc.sql("select coalesce(max(d.attempts), 0) from delivery d join supplier_order so "
				+ "on so.id = d.supplier_order_id where so.supplier_order_number = ? and d.channel = 'notice'")
			.param(number)
			.query(Long.class)
			.single();
	}

	private String noticeStatus(String number) {
		return jdbc.sql("select d.status from delivery d join supplier_order so on so.id = d.supplier_order_id "
				+ "where so.supplier_order_number = ? and d.channel = 'notice'")
			.param(number)
			.query(String.class)
			.single();
	}

}
