package com.orderdispatch.hub.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.Orders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What intake and the retailer's read API promise, run against each database the hub supports. */
abstract class IntakeApiContract {

	static final String KEY = "demo-shop-key";

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
	void placesAnOrderSplitBySupplierAndAnswers201() {
		var reply = api.postOrder(KEY, Orders.multiSupplier(Orders.uniqueRef()));

		assertThat(reply.status()).isEqualTo(201);
		var body = reply.json();
		assertThat(body.get("orderNumber").asText()).startsWith("ODH-");
		assertThat(reply.header("Location")).isEqualTo("/api/v1/orders/" + body.get("orderNumber").asText());
		assertThat(body.get("supplierOrders")).hasSize(4);
		assertThat(body.get("supplierOrders").findValuesAsText("supplierId"))
			.containsExactly("acme", "globex", "initech", "umbrella");
		assertThat(body.get("supplierOrders").findValuesAsText("status")).containsOnly("PENDING");
		assertThat(body.get("supplierOrders").get(0).get("supplierOrderNumber").asText())
			.isEqualTo(body.get("orderNumber").asText() + "-01");
	}

	@Test
	void routesLinesWithoutSupplierThroughTheCatalog() {
		var reply = api.postOrder(KEY, Orders.sampleWithRef("order-catalog-routed.json", Orders.uniqueRef()));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("supplierOrders").findValuesAsText("supplierId")).containsExactly("globex",
				"initech");
	}

	@Test
	void theSameRetailerReferenceAgainReturnsTheOriginalAndCreatesNothing() {
		String body = Orders.multiSupplier(Orders.uniqueRef());
		var first = api.postOrder(KEY, body);
		long orders = countOrders();

		var again = api.postOrder(KEY, body);

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(first.header("Idempotent-Replayed")).isNull();
		assertThat(again.json().get("orderNumber")).isEqualTo(first.json().get("orderNumber"));
		assertThat(again.json().get("supplierOrders")).isEqualTo(first.json().get("supplierOrders"));
		assertThat(countOrders()).isEqualTo(orders);
	}

	@Test
	void concurrentDuplicateSubmissionsCreateOneOrder() throws Exception {
		String ref = Orders.uniqueRef();
		String body = Orders.multiSupplier(ref);
		var calls = new ArrayList<Callable<ApiClient.Reply>>();
		for (int i = 0; i < 8; i++) {
			calls.add(() -> api.postOrder(KEY, body));
		}
		List<ApiClient.Reply> replies = new ArrayList<>();
		var pool = Executors.newFixedThreadPool(8);
		try {
			for (var future : pool.invokeAll(calls)) {
				replies.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(replies).extracting(ApiClient.Reply::status).containsOnly(200, 201);
		assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
		assertThat(replies).filteredOn(reply -> reply.status() == 200)
			.allSatisfy(reply -> assertThat(reply.header("Idempotent-Replayed")).isEqualTo("true"));
		assertThat(replies).extracting(reply -> reply.json().get("supplierOrders"))
			.containsOnly(replies.get(0).json().get("supplierOrders"));
		assertThat(replies).extracting(reply -> reply.json().get("orderNumber").asText()).containsOnly(
				replies.get(0).json().get("orderNumber").asText());
		assertThat(jdbc.sql("select count(*) from retailer_order where retailer_order_ref = ?")
			.param(ref)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from supplier_order so join retailer_order o on o.id = so.order_id "
				+ "where o.retailer_order_ref = ?").param(ref).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void aRetailerReadsItsOrderWithLinesAndStatusHistory() {
		var placed = api.postOrder(KEY, Orders.multiSupplier(Orders.uniqueRef())).json();
		String number = placed.get("orderNumber").asText();

		var reply = api.get("/api/v1/orders/" + number, KEY);

		assertThat(reply.status()).isEqualTo(200);
		var order = reply.json();
		assertThat(order.get("currency").asText()).isEqualTo("EUR");
		assertThat(order.get("total").asText()).isEqualTo("210.20");
		assertThat(order.get("shipTo").get("city").asText()).isEqualTo("Berlin");
		var globex = order.get("supplierOrders").get(1);
		assertThat(globex.get("supplierId").asText()).isEqualTo("globex");
		assertThat(globex.get("lines").get(0).get("sku").asText()).isEqualTo("GLOBEX-LAMP-01");
		assertThat(globex.get("lines").get(0).get("quantity").asInt()).isEqualTo(3);
		assertThat(globex.get("lines").get(0).get("unitPrice").asText()).isEqualTo("19.90");
		assertThat(globex.get("lines").get(0).get("lineTotal").asText()).isEqualTo("59.70");
		assertThat(globex.get("statusHistory").get(0).get("to").asText()).isEqualTo("PENDING");
		assertThat(globex.get("statusHistory").get(0).get("at").asText()).isNotBlank();
	}

	@Test
	void aRetailerCannotReadAnotherRetailersOrder() {
		String number = api.postOrder(KEY, Orders.multiSupplier(Orders.uniqueRef())).json().get("orderNumber").asText();

		assertThat(api.get("/api/v1/orders/" + number, "other-shop-key").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/orders?orderNumber=" + number, "other-shop-key").json().get("total").asLong())
			.isZero();
	}

	@Test
	void listsOrdersByTheFiltersOperatorsUse() {
		String name = "Filter Customer " + Orders.uniqueRef().substring(2, 10);
		String body = Orders.multiSupplier(Orders.uniqueRef()).replace("Grace Hopper", name);
		String number = api.postOrder(KEY, body).json().get("orderNumber").asText();
		api.postOrder(KEY, Orders.sampleWithRef("order-catalog-routed.json", Orders.uniqueRef())
			.replace("Katherine Johnson", name));

		var byName = api.get("/api/v1/orders?customerName=" + name.toLowerCase().replace(" ", "%20"), KEY).json();
		assertThat(byName.get("total").asLong()).isEqualTo(2);
		var byNameAndSupplier = api
			.get("/api/v1/orders?supplierId=acme&status=PENDING&customerName=" + name.replace(" ", "%20"), KEY)
			.json();
		assertThat(byNameAndSupplier.get("items").findValuesAsText("orderNumber")).containsExactly(number);
		var byRange = api.get("/api/v1/orders?from=2026-11-22T10:00:00Z&to=2026-11-22T10:10:00Z&customerName="
				+ name.replace(" ", "%20"), KEY).json();
		assertThat(byRange.get("items").findValuesAsText("orderNumber")).containsExactly(number);
		var paged = api.get("/api/v1/orders?size=1&page=1&customerName=" + name.replace(" ", "%20"), KEY).json();
		assertThat(paged.get("items")).hasSize(1);
		assertThat(paged.get("total").asLong()).isEqualTo(2);
	}

	@Test
	@org.junit.jupiter.api.Timeout(120)
	void aPollerFollowingTheCursorWhileOrdersPourInSeesEachExactlyOnce() throws Exception {
		String cursor = api.get("/api/v1/supplier/orders?limit=500", "umbrella-key").json().get("nextCursor").asText();
		var placed = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
		var seen = new ArrayList<String>();
		var pool = Executors.newFixedThreadPool(6);
		try {
			var writers = new ArrayList<java.util.concurrent.Future<?>>();
			for (int i = 0; i < 30; i++) {
				writers.add(pool.submit(() -> placed
					.add(api.postOrder(KEY, Orders.multiSupplier(Orders.uniqueRef())).json().get("orderNumber").asText()
							+ "-04")));
			}
			boolean writing = true;
			while (writing || seen.size() < placed.size()) {
				writing = writers.stream().anyMatch(writer -> !writer.isDone());
				var page = api.get("/api/v1/supplier/orders?limit=7&after=" + cursor, "umbrella-key").json();
				page.get("orders").forEach(order -> seen.add(order.get("supplierOrderNumber").asText()));
				cursor = page.get("nextCursor").asText();
				if (!writing && !page.get("hasMore").asBoolean() && seen.size() < placed.size()) {
					break;
				}
			}
			for (var writer : writers) {
				writer.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(placed);
		assertThat(jdbc
			.sql("select count(*) - count(distinct change_seq) from supplier_order where change_seq is not null")
			.query(Long.class)
			.single()).as("change numbers given twice").isZero();
	}

	long countOrders() {
		return jdbc.sql("select count(*) from retailer_order").query(Long.class).single();
	}

}
