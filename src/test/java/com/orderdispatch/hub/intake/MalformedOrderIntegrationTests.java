package com.orderdispatch.hub.intake;

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

/** A malformed body, whatever its shape, answers 400 problem+json naming what is wrong, never 500, and writes nothing. */
@HubTest
class MalformedOrderIntegrationTests {

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
		rowsBefore = jdbc.sql("select count(*) from retailer_order").query(Long.class).single();
	}

	@AfterEach
	void nothingWasWritten() {
		assertThat(jdbc.sql("select count(*) from retailer_order").query(Long.class).single()).isEqualTo(rowsBefore);
	}

	@Test
	void refusesJsonNestedFiveThousandDeep() {
		String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);

		var reply = api.postOrder(KEY, deep);

		assertProblem(reply, "body");
	}

	@Test
	void refusesDeepNestingInsideAnOtherwiseValidOrder() {
		String deep = "[".repeat(5000) + "]".repeat(5000);
		var reply = api.postOrder(KEY, Orders.multiSupplier(Orders.uniqueRef()).replace("\"currency\": \"EUR\",",
				"\"currency\": \"EUR\", \"extra\": " + deep + ","));

		assertThat(reply.status()).isEqualTo(400);
	}

	@Test
	void refusesAFractionalQuantity() {
		assertProblem(api.postOrder(KEY, withFirstQuantity("1.5")), "lines[0].quantity");
	}

	@Test
	void refusesAQuantityWrittenWithAnExponent() {
		assertProblem(api.postOrder(KEY, withFirstQuantity("1e2")), "lines[0].quantity");
	}

	@Test
	void refusesAQuantityInQuotes() {
		assertProblem(api.postOrder(KEY, withFirstQuantity("\"2\"")), "lines[0].quantity");
	}

	@Test
	void refusesAnUnknownField() {
		var reply = api.postOrder(KEY, Orders.multiSupplier(Orders.uniqueRef())
			.replace("\"currency\": \"EUR\",", "\"currency\": \"EUR\", \"discount\": \"100%\","));

		assertProblem(reply, "discount");
		assertThat(reply.json().get("errors").get(0).get("message").asText()).contains("not a field");
	}

	@Test
	void refusesALineWhoseTotalWouldNotFitItsColumn() {
		var reply = api.postOrder(KEY, withFirstQuantity("100000").replace("\"89.00\"", "\"99999999999999.9999\""));

		assertProblem(reply, "lines[0].unitPrice");
	}

	@Test
	void refusesAnOrderWhoseTotalWouldNotFitItsColumn() {
		String order = Orders.multiSupplier(Orders.uniqueRef())
			.replace("\"quantity\": 1, \"unitPrice\": \"89.00\"", "\"quantity\": 100000, \"unitPrice\": \"9000000000.0000\"")
			.replace("\"quantity\": 3, \"unitPrice\": \"19.90\"", "\"quantity\": 100000, \"unitPrice\": \"9000000000.0000\"");

		assertProblem(api.postOrder(KEY, order), "lines");
	}

	@Test
	void refusesAnOverlongNumber() {
		assertThat(api.postOrder(KEY, withFirstQuantity("1" + "0".repeat(2000))).status()).isEqualTo(400);
	}

	private static String withFirstQuantity(String quantity) {
		return Orders.multiSupplier(Orders.uniqueRef()).replace("\"quantity\": 1, \"unitPrice\": \"89.00\"",
				"\"quantity\": " + quantity + ", \"unitPrice\": \"89.00\"");
	}

	private static void assertProblem(ApiClient.Reply reply, String field) {
		assertThat(reply.status()).as(reply.response().body()).isEqualTo(400);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.json().get("errors").findValuesAsText("field")).contains(field);
	}

}
