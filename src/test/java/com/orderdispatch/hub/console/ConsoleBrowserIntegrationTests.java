package com.orderdispatch.hub.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin console in a real browser (headless Chromium through Selenium) against a started hub whose webhook
 * suppliers post to a real HTTP receiver. The tests run in order, as one administrator's session.
 */
@ExtendWith(BrowserFound.class)
@HubTest(properties = { "hub.dispatch.retry-schedule=0s,100ms", "hub.config.reload-interval=200ms" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIntegrationTests {

	static final WebhookReceiver RECEIVER = WebhookReceiver.start();

	static Path config;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void hub(DynamicPropertyRegistry registry) {
		config = HubFixture.configDirectory("""
				# Suppliers of the console tests. This comment must survive an edit made in the console.
				suppliers:
				  - id: hooked
				    name: Hooked Supplies
				    contactEmail: orders@hooked.example
				    channels:
				      webhook:
				        url: "%s"
				        # The signing secret comes from the environment.
				        secrets: ["${HOOKED_WEBHOOK_SECRET:%s}"]
				        timeoutSeconds: 5

				  - id: failing
				    name: Failing Supplies
				    contactEmail: orders@failing.example
				    channels:
				      webhook:
				        url: "%s"
				        secrets: ["%s"]
				        timeoutSeconds: 5

				  - id: broken
				    name: Broken Supplies
				    contactEmail: orders@broken.example
				    channels:
				      webhook:
				        url: "%s"
				        secrets: ["%s"]
				        timeoutSeconds: 5
				""".formatted(RECEIVER.url("hooked-old"), HubFixture.SECRET, RECEIVER.url("failing"),
				HubFixture.SECRET, RECEIVER.url("broken"), HubFixture.SECRET));
		registry.add("hub.config.directory", () -> config.toString());
	}

	@BeforeAll
	static void receiverAndBrowser() {
		RECEIVER.answerByDefault("failing", 500);
		RECEIVER.answerByDefault("broken", 500);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		RECEIVER.close();
	}

	Browser browser() {
		if (browser == null) {
			browser = new Browser(port);
		}
		return browser;
	}

	@Test
	@Order(10)
	void anAdministratorLogsInToTheDashboard() {
		var b = browser();
		b.open("/console");
		assertThat(b.path()).isEqualTo("/console/login");
		b.screenshot("login");
		b.type("#password", "not-the-password");
		b.click("#login");
		assertThat(b.find("#login-error").getText()).contains("Wrong user name or password");

		b.type("#password", HubFixture.ADMIN_PASSWORD);
		b.click("#login");
		b.find("#orders-day");
		assertThat(b.path()).isEqualTo("/console");
	}

	@Test
	@Order(20)
	void findsAnOrderByCustomerNameAndOpensItsTimeline() {
		post("CONSOLE-1", "hooked", "Grace Hopper");
		post("CONSOLE-2", "hooked", "Ada Lovelace");
		await().atMost(Duration.ofSeconds(15)).until(() -> RECEIVER.received("hooked-old").size() == 2);
		var b = browser();
		b.open("/console");
		b.click("a.nav-link[href='/console/orders']");
		b.click("#orders th a.sort-link[href*='sort=customer']");
		b.waitFor().until(driver -> b.path().equals("/console/orders") && driver.getCurrentUrl().contains("sort=customer"));
		assertThat(b.all("#orders tbody td.customer")).extracting(cell -> cell.getText())
			.containsExactly("Ada Lovelace", "Grace Hopper");
		b.click("#orders th a.sort-link[href*='sort=customer']");
		b.waitFor().until(driver -> driver.getCurrentUrl().contains("dir=desc"));
		assertThat(b.all("#orders tbody td.customer")).extracting(cell -> cell.getText())
			.containsExactly("Grace Hopper", "Ada Lovelace");

		b.type("#customerName", "hopper");
		b.click("#search");
		b.waitFor().until(driver -> b.all("#orders tbody td.customer").size() == 1);
		assertThat(b.find("#orders tbody td.customer").getText()).isEqualTo("Grace Hopper");
		b.screenshot("orders");

		b.click("#orders a.order-link");
		assertThat(b.find("#customer-name").getText()).isEqualTo("Grace Hopper");
		var timeline = b.find("#timeline").getText();
		assertThat(timeline).contains("Order received from demo-shop", "webhook to hooked, attempt 1", "DELIVERED",
				"HTTP 200");
		b.screenshot("order-timeline");

		b.open("/console/orders/ODH-999999");
		assertThat(b.find("#error-reason").getText()).isEqualTo("No order ODH-999999");
	}

	@Test
	@Order(30)
	void aNewWebhookUrlSavedInTheConsoleTakesTheNextDelivery() throws Exception {
		var b = browser();
		b.open("/console/suppliers/hooked");
		assertThat(b.find("#channels-webhook-secrets-help").getText())
			.isEqualTo("From environment variable HOOKED_WEBHOOK_SECRET.");
		assertThat(b.driver().getPageSource()).doesNotContain(HubFixture.SECRET);
		b.type("#channels-webhook-url", RECEIVER.url("hooked-new"));
		b.screenshot("supplier-form");
		b.click("#save");
		assertThat(b.find("#flash-message").getText()).contains("Saved and applied");

		String file = Files.readString(config.resolve("suppliers.yaml"));
		assertThat(file).contains(RECEIVER.url("hooked-new"))
			.doesNotContain(RECEIVER.url("hooked-old"))
			.contains("# Suppliers of the console tests. This comment must survive an edit made in the console.")
			.contains("# The signing secret comes from the environment.")
			.contains("${HOOKED_WEBHOOK_SECRET:");

		post("CONSOLE-3", "hooked", "Katherine Johnson");
		await().atMost(Duration.ofSeconds(15)).until(() -> RECEIVER.received("hooked-new").size() == 1);
		assertThat(RECEIVER.received("hooked-old")).hasSize(2);
	}

	@Test
	@Order(40)
	void anInvalidSettingIsShownNextToItsFieldAndTheFileStaysUnchanged() throws Exception {
		byte[] before = Files.readAllBytes(config.resolve("suppliers.yaml"));
		var b = browser();
		b.open("/console/suppliers/hooked");
		b.type("#channels-webhook-url", "ftp://not-a-webhook");
		b.type("#channels-webhook-timeoutSeconds", "500");
		b.click("#save");

		assertThat(b.find("#refused").getText()).contains("Not saved", "The file is unchanged");
		assertThat(b.find("#channels-webhook-url-error").getText()).isEqualTo("must be an http or https URL");
		assertThat(b.find("#channels-webhook-timeoutSeconds-error").getText()).isEqualTo("must be between 1 and 120");
		assertThat(b.find("#channels-webhook-url").getAttribute("value")).isEqualTo("ftp://not-a-webhook");
		b.scrollTo("#channels-webhook-url");
		b.screenshot("supplier-refused");
		assertThat(Files.readAllBytes(config.resolve("suppliers.yaml"))).isEqualTo(before);
	}

	@Test
	@Order(50)
	void sendTestPostsATestEventThroughTheSuppliersWebhook() {
		var b = browser();
		b.open("/console/suppliers/hooked");
		int before = RECEIVER.received("hooked-new").size();
		b.click("#test-webhook");
		var outcome = b.find("#test-result-webhook .test-outcome");
		assertThat(outcome.getText()).contains("webhook: sent", "HTTP 200");
		assertThat(RECEIVER.received("hooked-new")).hasSize(before + 1);
		assertThat(new String(RECEIVER.received("hooked-new").get(before).body(), StandardCharsets.UTF_8))
			.contains("\"type\":\"hub.test\"");
		b.screenshot("supplier-send-test");
	}

	@Test
	@Order(60)
	void aDeadDeliveryIsRetriedFromTheDeliveryLog() {
		post("CONSOLE-4", "failing", "Alan Turing");
		await().atMost(Duration.ofSeconds(15))
			.until(() -> "DEAD".equals(deliveryStatus("failing")));
		RECEIVER.answerByDefault("failing", 200);

		var b = browser();
		b.open("/console/deliveries?supplierId=failing&status=DEAD");
		assertThat(b.find("#deliveries tbody .delivery-status").getText()).isEqualTo("DEAD");
		b.screenshot("deliveries");
		b.click("#deliveries button.retry");
		assertThat(b.find("#flash-message").getText()).contains("is due again now");

		await().atMost(Duration.ofSeconds(15)).until(() -> "DELIVERED".equals(deliveryStatus("failing")));
		b.open("/console/deliveries?supplierId=failing");
		assertThat(b.find("#deliveries tbody .delivery-status").getText()).isEqualTo("DELIVERED");
	}

	@Test
	@Order(70)
	void aSuppliersDeadDeliveriesAreReplayedSinceATime() {
		RECEIVER.answerByDefault("failing", 500);
		post("CONSOLE-5", "failing", "Grace Hopper");
		await().atMost(Duration.ofSeconds(15)).until(() -> "DEAD".equals(deliveryStatus("failing")));
		RECEIVER.answerByDefault("failing", 200);

		var b = browser();
		b.open("/console/deliveries");
		new org.openqa.selenium.support.ui.Select(b.find("#replay-supplier")).selectByValue("failing");
		b.driver().executeScript("arguments[0].value = '2020-01-01T00:00';", b.find("#since"));
		b.click("#replay button[type=submit]");
		assertThat(b.find("#flash-message").getText()).contains("1 dead or disabled deliveries of failing");
		await().atMost(Duration.ofSeconds(15)).until(() -> "DELIVERED".equals(deliveryStatus("failing")));
	}

	@Test
	@Order(75)
	void anAdministratorAcceptsOnBehalfOfTheSupplierAndIsRecordedAsTheActor() {
		String orderNumber = jdbc.sql("select order_number from retailer_order where retailer_order_ref = 'CONSOLE-2'")
			.query(String.class)
			.single();
		var b = browser();
		b.open("/console/orders/" + orderNumber);
		b.click("form[action$='/accept'] button.accept");
		assertThat(b.find("#flash-message").getText()).contains("accept done, now ACCEPTED");
		assertThat(b.find("#timeline").getText()).contains("by ADMIN", "by admin in the console");
		b.scrollTo("div.on-behalf");
		b.screenshot("on-behalf");

		b.click("form[action$='/accept'] button.accept");
		assertThat(b.find("#flash-message, #flash-error").getText()).isNotBlank();
	}

	@Test
	@Order(80)
	void theAuditLogShowsWhoChangedWhatIncludingEditsOfTheFiles() throws Exception {
		var catalog = config.resolve("catalog.yaml");
		Files.writeString(catalog, "# Edited with a text editor on the server.\ncatalog: []\n");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from audit_entry where action = 'file edit'")
				.query(Long.class)
				.single() > 0);

		var b = browser();
		b.open("/console/audit");
		String log = b.find("#audit").getText();
		assertThat(log).contains("admin", "supplier hooked saved", "delivery retried", "dead deliveries replayed",
				"accept on behalf of hooked",
				"file edit", "catalog.yaml",
				"+ # Edited with a text editor on the server.", "${HOOKED_WEBHOOK_SECRET}");
		assertThat(log).containsPattern("- +url: \"" + java.util.regex.Pattern.quote(RECEIVER.url("hooked-old")) + "\"")
			.containsPattern("\\+ +url: \"" + java.util.regex.Pattern.quote(RECEIVER.url("hooked-new")) + "\"");
		assertThat(log).doesNotContain(HubFixture.SECRET.substring(6));
		b.screenshot("audit");

		b.click("a.nav-link[href='/console']");
		assertThat(b.find("#orders-day").getText()).isEqualTo("5");
		b.screenshot("dashboard");
	}

	@Test
	@Order(90)
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		var b = browser();
		b.open("/console/deliveries");
		String session = b.cookie("JSESSIONID");
		assertThat(session).isNotNull();
		long deliveryId = jdbc.sql("select min(id) from delivery").query(Long.class).single();

		var response = http(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/console/deliveries/" + deliveryId + "/retry"))
			.header("Cookie", "JSESSIONID=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("back=/console/deliveries")));

		assertThat(response.statusCode()).isEqualTo(403);
		var stillLoggedIn = http(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console"))
			.header("Cookie", "JSESSIONID=" + session)
			.GET());
		assertThat(stillLoggedIn.statusCode()).isEqualTo(200);
	}

	@Test
	@Order(100)
	void loggingOutEndsTheSession() throws Exception {
		var b = browser();
		b.open("/console");
		String session = b.cookie("JSESSIONID");
		b.click("#logout");
		b.find("#logged-out");
		assertThat(b.path()).isEqualTo("/console/login");

		b.open("/console/orders");
		assertThat(b.path()).isEqualTo("/console/login");
		var withOldSession = http(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/orders"))
			.header("Cookie", "JSESSIONID=" + session)
			.GET());
		assertThat(withOldSession.statusCode()).isEqualTo(302);
		assertThat(withOldSession.headers().firstValue("Location").orElseThrow()).endsWith("/console/login");
	}

	private String deliveryStatus(String supplierId) {
		return jdbc.sql("select status from delivery where supplier_id = ? order by id desc limit 1")
			.param(supplierId)
			.query(String.class)
			.single();
	}

	@Test
	@Order(95)
	void theNeedsAttentionPageFindsAStuckOrderAndAFailingEndpoint() {
		post("CONSOLE-ATTN", "broken", "Edsger Dijkstra");
		await().atMost(Duration.ofSeconds(15)).until(() -> "DEAD".equals(deliveryStatus("broken")));

		var b = browser();
		b.open("/console");
		assertThat(Integer.parseInt(b.find("#attention-count").getText())).isPositive();
		b.click("#attention-count");
		assertThat(b.find("#stuck-orders tbody").getText()).contains("broken").contains("no delivery reached");
		assertThat(b.find("#failing-endpoints tbody").getText()).contains("broken").contains("HTTP 500");
		assertThat(b.find("#failing-deliveries tbody").getText()).contains("broken").contains("DEAD");
		b.screenshot("needs-attention");
	}

	private void post(String ref, String supplierId, String customer) {
		String order = HubFixture.order(ref, supplierId).replace("Ada Lovelace", customer);
		assertThat(HubFixture.postOrder(port, order).statusCode()).isEqualTo(201);
	}

	private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
