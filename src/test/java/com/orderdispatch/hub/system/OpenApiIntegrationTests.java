package com.orderdispatch.hub.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI 3 description is generated from the REST DSL and names every /api/v1 operation. */
@HubTest
class OpenApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theOpenApiDescriptionListsEveryOperation() {
		var reply = new ApiClient(port).get("/api/v1/openapi.json", null);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode doc = reply.json();
		assertThat(doc.get("openapi").asText()).startsWith("3.");
		assertThat(doc.get("info").get("title").asText()).isEqualTo("Order Dispatch Hub API");
		var paths = new java.util.ArrayList<String>();
		doc.get("paths").fieldNames().forEachRemaining(paths::add);
		assertThat(paths).contains("/v1/orders", "/v1/orders/{orderNumber}", "/v1/orders/{orderNumber}/cancel",
				"/v1/supplier/orders", "/v1/supplier/orders/{supplierOrderNumber}/accept",
				"/v1/supplier/orders/{supplierOrderNumber}/reject",
				"/v1/supplier/orders/{supplierOrderNumber}/shipments",
				"/v1/supplier/orders/{supplierOrderNumber}/cancel", "/v1/admin/deliveries");
	}

}
