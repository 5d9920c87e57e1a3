package com.orderdispatch.hub.supplierapi;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.Orders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A supplier's developer polling the pull API. */
@HubTest
class SupplierPullApiIntegrationTests {

	static final String UMBRELLA = "umbrella-key";

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void aSupplierPullsItsOrderByPlacementTimeRange() {
		String number = placeMultiSupplierOrder();
		String umbrellaOrder = number + "-04";

		var reply = api.get("/api/v1/supplier/orders?from=2026-11-22T10:00:00Z&to=2026-11-22T10:10:00Z", UMBRELLA);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode order = find(reply.json().get("orders"), umbrellaOrder);
		assertThat(order).isNotNull();
		assertThat(order.get("supplierId").asText()).isEqualTo("umbrella");
		assertThat(order.get("orderNumber").asText()).isEqualTo(number);
		assertThat(order.get("status").asText()).isEqualTo("PENDING");
		assertThat(order.get("lines")).hasSize(1);
		assertThat(order.get("lines").get(0).get("sku").asText()).isEqualTo("UMBRELLA-KIT-2");
		assertThat(order.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
		assertThat(order.get("shipTo").get("postalCode").asText()).isEqualTo("10117");
		assertThat(order.get("customer").get("email").asText()).isEqualTo("grace@example.org");
		assertThat(reply.json().get("orders").findValuesAsText("supplierId")).containsOnly("umbrella");

		var outside = api.get("/api/v1/supplier/orders?from=2026-11-22T10:06:00Z&to=2026-11-22T11:00:00Z", UMBRELLA);
		assertThat(find(outside.json().get("orders"), umbrellaOrder)).isNull();
	}

	@Test
	void aPollerFollowingTheCursorSeesEveryOrderExactlyOnce() {
		String cursor = api.get("/api/v1/supplier/orders?status=PENDING&limit=500", UMBRELLA).json().get("nextCursor").asText();
		var placed = new ArrayList<String>();
		for (int i = 0; i < 5; i++) {
			placed.add(placeMultiSupplierOrder() + "-04");
		}

		var seen = new ArrayList<String>();
		boolean more = true;
		while (more) {
			var page = api.get("/api/v1/supplier/orders?limit=2&after=" + cursor, UMBRELLA).json();
			page.get("orders").forEach(order -> seen.add(order.get("supplierOrderNumber").asText()));
			cursor = page.get("nextCursor").asText();
			more = page.get("hasMore").asBoolean();
		}

		assertThat(seen).containsExactlyElementsOf(placed);
		var empty = api.get("/api/v1/supplier/orders?after=" + cursor, UMBRELLA).json();
		assertThat(empty.get("orders")).isEmpty();
		assertThat(empty.get("nextCursor").asText()).isEqualTo(cursor);
	}

	@Test
	void aSupplierReadsOneOfItsOrders() {
		String number = placeMultiSupplierOrder() + "-04";

		var reply = api.get("/api/v1/supplier/orders/" + number, UMBRELLA);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("supplierOrderNumber").asText()).isEqualTo(number);
	}

	@Test
	void aSupplierCannotReadAnotherSuppliersOrder() {
		String acmeOrder = placeMultiSupplierOrder() + "-01";

		assertThat(api.get("/api/v1/supplier/orders/" + acmeOrder, UMBRELLA).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/supplier/orders/" + acmeOrder, "acme-test-key").status()).isEqualTo(200);
	}

	@Test
	void refusesCallersWithoutASupplierKey() {
		assertThat(api.get("/api/v1/supplier/orders", null).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/supplier/orders", "demo-shop-key").status()).isEqualTo(401);
	}

	@Test
	void namesABadQueryParameter() {
		var reply = api.get("/api/v1/supplier/orders?from=yesterday", UMBRELLA);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
		assertThat(api.get("/api/v1/supplier/orders?after=-3", UMBRELLA).status()).isEqualTo(400);
		assertThat(api.get("/api/v1/supplier/orders?status=LOST", UMBRELLA).status()).isEqualTo(400);
	}

	private String placeMultiSupplierOrder() {
		var reply = api.postOrder("demo-shop-key", Orders.multiSupplier(Orders.uniqueRef()));
		assertThat(reply.status()).isEqualTo(201);
		return reply.json().get("orderNumber").asText();
	}

	private static JsonNode find(JsonNode orders, String supplierOrderNumber) {
		List<JsonNode> matches = new ArrayList<>();
		orders.forEach(order -> {
			if (order.get("supplierOrderNumber").asText().equals(supplierOrderNumber)) {
				matches.add(order);
			}
		});
		return matches.isEmpty() ? null : matches.get(0);
	}

}
