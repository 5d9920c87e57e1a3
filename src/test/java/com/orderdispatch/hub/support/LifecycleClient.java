package com.orderdispatch.hub.support;

import java.net.http.HttpRequest;

import com.fasterxml.jackson.databind.JsonNode;

/** Orders with several lines for one supplier, and the supplier's and retailer's lifecycle calls on them. */
public final class LifecycleClient {

	private final ApiClient api;

	public LifecycleClient(ApiClient api) {
		this.api = api;
	}

	/** Places an order for {@code supplierId} with lines "A" (quantity 2), "B" (3), "C" (1); answers its number. */
	public String placeThreeLines(String supplierId) {
		return placeThreeLines("demo-shop-key", supplierId);
	}

	public String placeThreeLines(String retailerKey, String supplierId) {
		String body = Orders.order(Orders.uniqueRef())
			.line("A", "SKU-A", supplierId, null, 2, "3.50")
			.line("B", "SKU-B", supplierId, null, 3, "1.00")
			.line("C", "SKU-C", supplierId, null, 1, "9.99")
			.json();
		var reply = api.postOrder(retailerKey, body);
		if (reply.status() != 201) {
			throw new IllegalStateException("order not placed: " + reply.response().body());
		}
		return reply.json().get("orderNumber").asText();
	}

	/** POSTs {@code body} to /api/v1/supplier/orders/{number}/{action} with the supplier's key. */
	public ApiClient.Reply supplier(String key, String number, String action, String body) {
		return supplier(key, number, action, body, null);
	}

	public ApiClient.Reply supplier(String key, String number, String action, String body, String idempotencyKey) {
		var request = api.request("/api/v1/supplier/orders/" + number + "/" + action, key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return api.send(request);
	}

	public ApiClient.Reply retailerCancel(String key, String orderNumber, String body) {
		return api.send(api.request("/api/v1/orders/" + orderNumber + "/cancel", key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public JsonNode supplierOrder(String key, String number) {
		return api.get("/api/v1/supplier/orders/" + number, key).json();
	}

	public JsonNode order(String key, String orderNumber) {
		return api.get("/api/v1/orders/" + orderNumber, key).json();
	}

}
