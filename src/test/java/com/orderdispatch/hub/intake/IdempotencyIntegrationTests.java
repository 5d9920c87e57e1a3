package com.orderdispatch.hub.intake;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.Orders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A retailerOrderRef names one order: a retry gets the original, different content under it gets 409. */
@HubTest
class IdempotencyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void theSameOrderAgainAnswers200WithTheOriginalEvenReformatted() {
		String ref = Orders.uniqueRef();
		String order = Orders.multiSupplier(ref);
		var first = api.postOrder("demo-shop-key", order);
		// The same order, other whitespace, "89.0" for "89.00".
		var again = api.postOrder("demo-shop-key", order.replace("\n", " ").replace("\"89.00\"", "\"89.0\""));

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("orderNumber")).isEqualTo(first.json().get("orderNumber"));
		assertThat(again.json().get("supplierOrders")).hasSize(4);
	}

	@Test
	void aDifferentOrderUnderAUsedRefAnswers409AndChangesNothing() {
		String ref = Orders.uniqueRef();
		var first = api.postOrder("demo-shop-key", Orders.multiSupplier(ref));
		long orders = jdbc.sql("select count(*) from retailer_order").query(Long.class).single();

		var reused = api.postOrder("demo-shop-key", Orders.multiSupplier(ref).replace("\"quantity\": 3", "\"quantity\": 4"));

		assertThat(reused.status()).isEqualTo(409);
		assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reused.json().get("detail").asText()).contains(ref)
			.contains(first.json().get("orderNumber").asText());
		assertThat(jdbc.sql("select count(*) from retailer_order").query(Long.class).single()).isEqualTo(orders);
	}

	@Test
	void anotherRetailerMayUseTheSameRef() {
		String ref = Orders.uniqueRef();
		assertThat(api.postOrder("demo-shop-key", Orders.multiSupplier(ref)).status()).isEqualTo(201);
		assertThat(api.postOrder("other-shop-key", Orders.multiSupplier(ref).replace("\"quantity\": 3", "\"quantity\": 4"))
			.status()).isEqualTo(201);
	}

}
