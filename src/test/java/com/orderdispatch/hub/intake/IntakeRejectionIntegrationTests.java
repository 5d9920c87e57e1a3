package com.orderdispatch.hub.intake;

import java.net.http.HttpRequest;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.Orders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad request gets its status and a problem+json naming the field, and writes no row. */
@HubTest
class IntakeRejectionIntegrationTests {

	static final String KEY = "demo-shop-key";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	long rowsBefore;

	@BeforeEach
	void countRows() {
		api = new ApiClient(port);
		rowsBefore = rows();
	}

	@AfterEach
	void nothingWasWritten() {
		assertThat(rows()).as("rows written by a refused request").isEqualTo(rowsBefore);
	}

	@Test
	void refusesAMissingKeyWith401() {
		var reply = api.postOrder(null, Orders.multiSupplier(Orders.uniqueRef()));

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
	}

	@Test
	void refusesAWrongKeyWith401() {
		assertThat(api.postOrder("demo-shop-key-wrong", Orders.multiSupplier(Orders.uniqueRef())).status())
			.isEqualTo(401);
		// A supplier's key is not a retailer's key.
		assertThat(api.postOrder("umbrella-key", Orders.multiSupplier(Orders.uniqueRef())).status()).isEqualTo(401);
	}

	@Test
	void refusesMalformedJsonWith400() {
		var reply = api.postOrder(KEY, "{\"retailerOrderRef\": \"X\", ");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
	}

	@Test
	void namesEachInvalidFieldWith400() {
		String body = Orders.multiSupplier(Orders.uniqueRef())
			.replace("\"quantity\": 3", "\"quantity\": 0")
			.replace("\"currency\": \"EUR\"", "\"currency\": \"euro\"")
			.replace("\"unitPrice\": \"12.00\"", "\"unitPrice\": \"-1\"")
			.replace("\"country\": \"DE\"", "\"country\": \"Germany\"");

		var reply = api.postOrder(KEY, body);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("type").asText()).isEqualTo("urn:order-dispatch-hub:problem:invalid-request");
		assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("currency",
				"lines[1].quantity", "lines[2].unitPrice", "shipTo.country");
	}

	@Test
	void namesAFieldOfTheWrongTypeWith400() {
		var reply = api.postOrder(KEY, Orders.multiSupplier(Orders.uniqueRef()).replace("\"quantity\": 3", "\"quantity\": \"three\""));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("lines[1].quantity");
	}

	@Test
	void refusesHeaderInjectionInNamesWith400() {
		var reply = api.postOrder(KEY,
				Orders.multiSupplier(Orders.uniqueRef()).replace("\"Grace Hopper\", \"email\"", "\"Grace\\r\\nBcc: evil@example.com\", \"email\""));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("customer.name");
	}

	@Test
	void refusesAnUnknownSupplierWith422() {
		var reply = api.postOrder(KEY,
				Orders.multiSupplier(Orders.uniqueRef()).replace("\"supplierId\": \"umbrella\"", "\"supplierId\": \"nobody\""));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("lines[3].supplierId");
	}

	@Test
	void refusesAnUnknownSkuWith422() {
		var reply = api.postOrder(KEY, Orders.sampleWithRef("order-catalog-routed.json", Orders.uniqueRef())
			.replace("INITECH-STAPLER", "NO-SUCH-SKU"));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("lines[1].sku");
	}

	@Test
	void refusesAnOversizedBodyWith413() {
		String huge = Orders.multiSupplier(Orders.uniqueRef()).replace("\"notes\"", "\"x\"")
			.replace("\"currency\"", "\"padding\": \"" + "x".repeat(1_100_000) + "\", \"currency\"");

		assertThat(api.postOrder(KEY, huge).status()).isEqualTo(413);
	}

	@Test
	void refusesAnOversizedChunkedBodyWith413() {
		byte[] huge = ("{\"padding\": \"" + "x".repeat(1_100_000) + "\"}").getBytes();
		var request = api.request("/api/v1/orders", KEY)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)));

		assertThat(api.send(request).status()).isEqualTo(413);
	}

	@Test
	void refusesABodyThatIsNotJsonWith415() {
		var request = api.request("/api/v1/orders", KEY)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("a=b"));

		assertThat(api.send(request).status()).isEqualTo(415);
	}

	@Test
	void answersUnknownPathsAndMethodsWithProblemJson() {
		var unknown = api.get("/api/v1/nowhere", KEY);
		var wrongMethod = api.send(api.request("/api/v1/orders", KEY).PUT(HttpRequest.BodyPublishers.noBody()));

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unknown.json().get("instance").asText()).isEqualTo("/api/v1/nowhere");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.json().get("status").asInt()).isEqualTo(405);
	}

	@Test
	void neverEchoesTheKeyInAnAnswer() {
		var reply = api.postOrder(KEY, Orders.multiSupplier(Orders.uniqueRef()).replace("\"EUR\"", "\"??\""));

		assertThat(reply.response().headers().map().toString()).doesNotContain(KEY);
		assertThat(reply.response().body()).doesNotContain(KEY);
	}

	private long rows() {
		return jdbc.sql("select (select count(*) from retailer_order) + (select count(*) from supplier_order) "
				+ "+ (select count(*) from delivery)").query(Long.class).single();
	}

}
