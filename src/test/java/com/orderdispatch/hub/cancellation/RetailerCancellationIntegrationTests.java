package com.orderdispatch.hub.cancellation;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.LifecycleClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A retailer cancels an order, whole or some lines; what has shipped stays, answered line by line. */
@HubTest
class RetailerCancellationIntegrationTests {

	static final String RETAILER = "demo-shop-key";

	static final String ACME = "acme-test-key";

	@LocalServerPort
	int port;

	LifecycleClient lifecycle;

	@BeforeEach
	void client() {
		lifecycle = new LifecycleClient(new ApiClient(port));
	}

	@Test
	void cancellingTheWholeOrderCancelsEveryLineNotShipped() {
		String order = lifecycle.placeThreeLines("acme");
		lifecycle.supplier(ACME, order + "-01", "accept", "{}");

		var reply = lifecycle.retailerCancel(RETAILER, order, "{\"reason\": \"customer changed their mind\"}");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("cancelled").findValuesAsText("lineRef")).containsExactly("A", "B", "C");
		assertThat(reply.json().get("notCancellable")).isEmpty();
		assertThat(reply.json().get("order").get("status").asText()).isEqualTo("CANCELLED");
		JsonNode supplierOrder = lifecycle.supplierOrder(ACME, order + "-01");
		assertThat(supplierOrder.get("status").asText()).isEqualTo("CANCELLED");
		JsonNode last = supplierOrder.get("statusHistory").get(supplierOrder.get("statusHistory").size() - 1);
		assertThat(last.get("actor").asText()).isEqualTo("RETAILER");
		assertThat(last.get("note").asText()).isEqualTo("customer changed their mind");
	}

	@Test
	void shippedLinesAreAnsweredNotCancellableAndTheRestIsCancelled() {
		String order = lifecycle.placeThreeLines("acme");
		lifecycle.supplier(ACME, order + "-01", "shipments",
				"{\"carrier\": \"DHL\", \"lines\": [{\"lineRef\": \"A\", \"quantity\": 1}]}");

		var reply = lifecycle.retailerCancel(RETAILER, order, "{\"reason\": \"too slow\"}");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("cancelled").findValuesAsText("lineRef")).containsExactly("B", "C");
		JsonNode refused = reply.json().get("notCancellable").get(0);
		assertThat(refused.get("lineRef").asText()).isEqualTo("A");
		assertThat(refused.get("reason").asText()).contains("has shipped 1 of 2");
	}

	@Test
	void aShippedOrderRefusesCancellationAndChangesNothing() {
		String order = lifecycle.placeThreeLines("acme");
		lifecycle.supplier(ACME, order + "-01", "shipments", "{\"carrier\": \"DHL\"}");
		JsonNode before = lifecycle.order(RETAILER, order);

		var reply = lifecycle.retailerCancel(RETAILER, order, "{\"reason\": \"too late\"}");

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("lines[A]", "lines[B]",
				"lines[C]");
		assertThat(lifecycle.order(RETAILER, order)).isEqualTo(before);
	}

	@Test
	void aDeliveredOrderRefusesCancellationNamingItsLines() {
		String order = lifecycle.placeThreeLines("acme");
		lifecycle.supplier(ACME, order + "-01", "shipments", "{\"carrier\": \"DHL\"}");
		lifecycle.supplier(ACME, order + "-01", "delivered", "{}");
		JsonNode before = lifecycle.order(RETAILER, order);

		var whole = lifecycle.retailerCancel(RETAILER, order, "{\"reason\": \"never arrived\"}");
		var oneLine = lifecycle.retailerCancel(RETAILER, order, "{\"reason\": \"broken\", \"lines\": [\"B\"]}");

		assertThat(whole.status()).isEqualTo(409);
		assertThat(whole.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(whole.json().get("errors").findValuesAsText("field")).containsExactly("lines[A]", "lines[B]",
				"lines[C]");
		assertThat(whole.json().get("errors").findValuesAsText("message")).allMatch(m -> m.contains("DELIVERED"));
		assertThat(oneLine.status()).isEqualTo(409);
		assertThat(oneLine.json().get("errors").findValuesAsText("field")).containsExactly("lines[B]");
		assertThat(lifecycle.order(RETAILER, order)).isEqualTo(before);
	}

	@Test
	void givenLinesOnlyAreCancelled() {
		String order = lifecycle.placeThreeLines("acme");

		var reply = lifecycle.retailerCancel(RETAILER, order, "{\"reason\": \"one too many\", \"lines\": [\"B\"]}");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("order").get("status").asText()).isEqualTo("PENDING");
		assertThat(lifecycle.supplierOrder(ACME, order + "-01").get("lines").findValuesAsText("status"))
			.containsExactly("PENDING", "CANCELLED", "PENDING");
	}

	@Test
	void badRequestsNameTheFieldAndAnotherRetailersOrderIsNotFound() {
		String order = lifecycle.placeThreeLines("acme");

		var noReason = lifecycle.retailerCancel(RETAILER, order, "{}");
		var unknownLine = lifecycle.retailerCancel(RETAILER, order, "{\"reason\": \"x\", \"lines\": [\"Q\"]}");
		var otherRetailer = lifecycle.retailerCancel("other-shop-key", order, "{\"reason\": \"x\"}");

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("errors").findValuesAsText("field")).contains("reason");
		assertThat(unknownLine.status()).isEqualTo(400);
		assertThat(unknownLine.json().get("errors").findValuesAsText("field")).contains("lines[0]");
		assertThat(otherRetailer.status()).isEqualTo(404);
		assertThat(lifecycle.order(RETAILER, order).get("status").asText()).isEqualTo("PENDING");
	}

}
