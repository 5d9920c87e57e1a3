package com.orderdispatch.hub.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.LifecycleClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A supplier answers its orders through the supplier API, and the status rules follow; run on H2 and PostgreSQL. */
abstract class SupplierAnswersContract {

	static final String ACME = "acme-test-key";

	static final String RETAILER = "demo-shop-key";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient api;

	LifecycleClient lifecycle;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
		lifecycle = new LifecycleClient(api);
	}

	@Test
	void mixedAcceptedAndRejectedLinesLeaveTheOrderAwaitingFulfilment() {
		String order = lifecycle.placeThreeLines("acme");
		String number = order + "-01";

		var rejected = lifecycle.supplier(ACME, number, "reject",
				"{\"reason\": \"OUT_OF_STOCK\", \"lines\": [\"B\"], \"note\": \"back in March\"}");
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.json().get("status").asText()).isEqualTo("PENDING");

		var accepted = lifecycle.supplier(ACME, number, "accept", "");

		assertThat(accepted.status()).isEqualTo(200);
		JsonNode view = accepted.json();
		assertThat(view.get("status").asText()).isEqualTo("ACCEPTED");
		assertThat(lineStatuses(view)).containsExactly("ACCEPTED", "REJECTED", "ACCEPTED");
		assertThat(view.get("lines").get(1).get("reason").asText()).isEqualTo("OUT_OF_STOCK");
		var lineChange = find(view.get("statusHistory"), "B");
		assertThat(lineChange.get("actor").asText()).isEqualTo("SUPPLIER");
		assertThat(lineChange.get("note").asText()).isEqualTo("back in March");
		assertThat(lineChange.get("at").asText()).isNotBlank();
		assertThat(lifecycle.order(RETAILER, order).get("status").asText()).isEqualTo("ACCEPTED");
	}

	@Test
	void anIncidentOnAShippedLineClosesBackToShippedWithTheOrderUnmoved() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		lifecycle.supplier(ACME, number, "shipments", "{\"carrier\": \"DHL\", \"trackingNumber\": \"T-INC\"}");

		var opened = incident(number, "open", "{\"reason\": \"damaged\", \"lines\": [\"A\"]}");

		assertThat(opened.status()).as(opened.response().body()).isEqualTo(200);
		assertThat(lineStatuses(opened.json())).containsExactly("INCIDENT_OPEN", "SHIPPED", "SHIPPED");
		assertThat(opened.json().get("status").asText()).isEqualTo("SHIPPED");
		assertThat(jdbc.queryForObject("select count(*) from status_change where line_ref = 'A' and actor = 'ADMIN' "
				+ "and reason = 'damaged' and to_status = 'INCIDENT_OPEN' and supplier_order_id = (select id from "
				+ "supplier_order where supplier_order_number = ?)", Integer.class, number)).isEqualTo(1);

		var closed = incident(number, "close", "{\"resolution\": \"replacement sent\", \"lines\": [\"A\"]}");

		assertThat(closed.status()).as(closed.response().body()).isEqualTo(200);
		assertThat(lineStatuses(closed.json())).containsExactly("SHIPPED", "SHIPPED", "SHIPPED");
		assertThat(jdbc.queryForObject("select count(*) from status_change where line_ref = 'A' and reason = "
				+ "'replacement sent' and to_status = 'SHIPPED' and supplier_order_id = (select id from "
				+ "supplier_order where supplier_order_number = ?)", Integer.class, number)).isEqualTo(1);
	}

	@Test
	void anIncidentOnAnAcceptedLineReturnsItToAccepted() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		lifecycle.supplier(ACME, number, "accept", "");

		incident(number, "open", "{\"reason\": \"wrong_item\", \"lines\": [\"B\"]}");
		var closed = incident(number, "close", "{\"resolution\": \"sorted out\"}");

		assertThat(closed.status()).as(closed.response().body()).isEqualTo(200);
		assertThat(lineStatuses(closed.json())).containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED");
		assertThat(closed.json().get("status").asText()).isEqualTo("ACCEPTED");
	}

	@Test
	void anIncidentOnAPendingLineIsRefusedNamingTheLine() {
		String number = lifecycle.placeThreeLines("acme") + "-01";

		var refused = incident(number, "open", "{\"reason\": \"damaged\", \"lines\": [\"C\"]}");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.response().headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/problem+json");
		assertThat(refused.response().body()).contains("lines[C]", "is PENDING");
		assertThat(lineStatuses(lifecycle.supplierOrder(ACME, number))).containsOnly("PENDING");
	}

	@Test
	void closingAnIncidentThatIsNotOpenIsRefusedNamingTheLine() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		lifecycle.supplier(ACME, number, "accept", "");

		var refused = incident(number, "close", "{\"resolution\": \"nothing\", \"lines\": [\"A\"]}");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.response().body()).contains("lines[A]", "has none open");
	}

	@Test
	void anIncidentWithoutAReasonIsABadRequest() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		lifecycle.supplier(ACME, number, "accept", "");

		assertThat(incident(number, "open", "{\"lines\": [\"A\"]}").status()).isEqualTo(400);
	}

	private ApiClient.Reply incident(String number, String verb, String body) {
		return api.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/admin/supplier-orders/" + number
					+ "/incident/" + verb))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("admin:" + com.orderdispatch.hub.support.HubFixture.ADMIN_PASSWORD)
					.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
	}

	@Test
	void allLinesRejectedRejectTheOrder() {
		String order = lifecycle.placeThreeLines("acme");

		var reply = lifecycle.supplier(ACME, order + "-01", "reject", "{\"reason\": \"DISCONTINUED\"}");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("status").asText()).isEqualTo("REJECTED");
		assertThat(lineStatuses(reply.json())).containsOnly("REJECTED");
		assertThat(lifecycle.order(RETAILER, order).get("status").asText()).isEqualTo("REJECTED");
	}

	@Test
	void aPartialShipmentThenTheRestShipTheOrder() {
		String order = lifecycle.placeThreeLines("acme");
		String number = order + "-01";
		lifecycle.supplier(ACME, number, "accept", "{}");

		var first = lifecycle.supplier(ACME, number, "shipments", """
				{"carrier": "DHL", "trackingNumber": "JD0001", "trackingUrl": "https://track.example/JD0001",
				 "lines": [{"lineRef": "A", "quantity": 1}, {"lineRef": "C", "quantity": 1}]}""");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("status").asText()).isEqualTo("PARTIALLY_SHIPPED");
		assertThat(lineStatuses(first.json())).containsExactly("ACCEPTED", "ACCEPTED", "SHIPPED");
		assertThat(first.json().get("lines").get(0).get("shippedQuantity").asInt()).isEqualTo(1);
		assertThat(lifecycle.order(RETAILER, order).get("status").asText()).isEqualTo("PARTIALLY_SHIPPED");

		var rest = lifecycle.supplier(ACME, number, "shipments", "{\"carrier\": \"UPS\", \"trackingNumber\": \"1Z999\"}");

		assertThat(rest.status()).isEqualTo(200);
		assertThat(rest.json().get("status").asText()).isEqualTo("SHIPPED");
		assertThat(lineStatuses(rest.json())).containsOnly("SHIPPED");
		JsonNode shipments = rest.json().get("shipments");
		assertThat(shipments).hasSize(2);
		assertThat(shipments.get(0).get("trackingUrl").asText()).isEqualTo("https://track.example/JD0001");
		assertThat(shipments.get(1).get("carrier").asText()).isEqualTo("UPS");
		assertThat(shipments.get(1).get("lines").findValuesAsText("lineRef")).containsExactly("A", "B");
		assertThat(lifecycle.order(RETAILER, order).get("status").asText()).isEqualTo("SHIPPED");

		var delivered = lifecycle.supplier(ACME, number, "delivered", "");
		assertThat(delivered.json().get("status").asText()).isEqualTo("DELIVERED");
	}

	@Test
	void everyIllegalTransitionIsRefusedAndChangesNothing() {
		String rejected = lifecycle.placeThreeLines("acme") + "-01";
		lifecycle.supplier(ACME, rejected, "reject", "{\"reason\": \"OUT_OF_STOCK\"}");
		assertRefused(rejected, "accept", "{}", "is REJECTED: it cannot be accepted");
		assertRefused(rejected, "shipments", "{\"carrier\": \"DHL\", \"lines\": [{\"lineRef\": \"A\", \"quantity\": 1}]}",
				"is REJECTED: it cannot be shipped");
		assertRefused(rejected, "cancel", "{\"note\": \"too late\"}", "is REJECTED: it cannot be cancelled");

		String cancelled = lifecycle.placeThreeLines("acme") + "-01";
		lifecycle.supplier(ACME, cancelled, "cancel", "{\"note\": \"warehouse fire\"}");
		assertRefused(cancelled, "shipments", "{\"carrier\": \"DHL\", \"lines\": [{\"lineRef\": \"A\", \"quantity\": 1}]}",
				"is CANCELLED: it cannot be shipped");
		assertRefused(cancelled, "accept", "{\"lines\": [\"A\"]}", "is CANCELLED: it cannot be accepted");

		String accepted = lifecycle.placeThreeLines("acme") + "-01";
		lifecycle.supplier(ACME, accepted, "accept", "{}");
		assertRefused(accepted, "shipments", "{\"carrier\": \"DHL\", \"lines\": [{\"lineRef\": \"A\", \"quantity\": 3}]}",
				"ships 3 but only 2 of 2 remain to ship");
		assertRefused(accepted, "reject", "{\"reason\": \"OUT_OF_STOCK\", \"lines\": [\"A\"]}",
				"is ACCEPTED: it cannot be rejected");
		assertRefused(accepted, "delivered", "{}", "only a SHIPPED order can be delivered");

		lifecycle.supplier(ACME, accepted, "shipments", "{\"carrier\": \"DHL\"}");
		assertRefused(accepted, "cancel", "{\"note\": \"oops\"}", "has shipped 2 of 2: it cannot be cancelled");
		assertRefused(accepted, "shipments", "{\"carrier\": \"DHL\"}", "has nothing left to ship");
	}

	@Test
	void badInputAnswers400NamingEachFieldAndChangesNothing() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		JsonNode before = lifecycle.supplierOrder(ACME, number);

		assertField(lifecycle.supplier(ACME, number, "reject", "{\"reason\": \"BORED\"}"), "reason");
		assertField(lifecycle.supplier(ACME, number, "reject", "{}"), "reason");
		assertField(lifecycle.supplier(ACME, number, "shipments", "{\"carrier\": \"PIGEON\"}"), "carrier");
		assertField(lifecycle.supplier(ACME, number, "shipments",
				"{\"carrier\": \"DHL\", \"lines\": [{\"lineRef\": \"A\", \"quantity\": 0}]}"), "lines[0].quantity");
		assertField(lifecycle.supplier(ACME, number, "shipments",
				"{\"carrier\": \"DHL\", \"lines\": [{\"lineRef\": \"A\", \"quantity\": 1.5}]}"), "lines[0].quantity");
		assertField(lifecycle.supplier(ACME, number, "shipments",
				"{\"carrier\": \"DHL\", \"trackingUrl\": \"javascript:alert(1)\"}"), "trackingUrl");
		assertField(lifecycle.supplier(ACME, number, "accept", "{\"lines\": [\"Z\"]}"), "lines[0]");
		assertField(lifecycle.supplier(ACME, number, "cancel", "{}"), "note");
		assertField(lifecycle.supplier(ACME, number, "accept", "{\"colour\": \"red\"}"), "colour");

		assertThat(lifecycle.supplierOrder(ACME, number)).isEqualTo(before);
	}

	@Test
	void anotherSuppliersOrderIsNotFound() {
		String number = lifecycle.placeThreeLines("acme") + "-01";

		var reply = lifecycle.supplier("globex-test-key", number, "accept", "{}");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(lifecycle.supplierOrder(ACME, number).get("status").asText()).isEqualTo("PENDING");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyChangesNothingAndAnswersTheSame() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		String shipment = "{\"carrier\": \"DHL\", \"lines\": [{\"lineRef\": \"B\", \"quantity\": 1}]}";

		var first = lifecycle.supplier(ACME, number, "shipments", shipment, "ship-1");
		var again = lifecycle.supplier(ACME, number, "shipments", shipment, "ship-1");
		var otherBody = lifecycle.supplier(ACME, number, "shipments", "{\"carrier\": \"UPS\"}", "ship-1");

		assertThat(first.status()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.json()).isEqualTo(first.json());
		assertThat(otherBody.status()).isEqualTo(409);
		JsonNode now = lifecycle.supplierOrder(ACME, number);
		assertThat(now.get("shipments")).hasSize(1);
		assertThat(now.get("lines").get(1).get("shippedQuantity").asInt()).isEqualTo(1);
	}

	/**
	 * Six retries of one call race each other, three times over. Broken, the calls that waited for the order's row
	 * lock are judged against the first call's change and answered 409 ("line A is SHIPPED"), or a second shipment
	 * is recorded; either fails the status or the shipment count below.
	 */
	@Test
	void concurrentRetriesWithOneIdempotencyKeyAllGetTheFirstCallsAnswer() throws Exception {
		var pool = Executors.newFixedThreadPool(6);
		try {
			for (int trial = 1; trial <= 3; trial++) {
				String number = lifecycle.placeThreeLines("acme") + "-01";
				// No tracking number: nothing but the key can tell a retry from a second shipment.
				String shipment = "{\"carrier\": \"DHL\", \"lines\": [{\"lineRef\": \"A\", \"quantity\": 2}]}";
				var go = new CountDownLatch(1);
				var calls = new ArrayList<Future<ApiClient.Reply>>();
				for (int i = 0; i < 6; i++) {
					calls.add(pool.submit(() -> {
						go.await();
						return lifecycle.supplier(ACME, number, "shipments", shipment, "race-" + number);
					}));
				}
				go.countDown();
				var replies = new ArrayList<ApiClient.Reply>();
				for (var call : calls) {
					replies.add(call.get(30, TimeUnit.SECONDS));
				}

				assertThat(replies).extracting(ApiClient.Reply::status).containsOnly(200);
				assertThat(replies).extracting(ApiClient.Reply::json).containsOnly(replies.get(0).json());
				assertThat(replies).filteredOn(reply -> "true".equals(reply.header("Idempotent-Replayed")))
					.hasSize(5);
				JsonNode now = lifecycle.supplierOrder(ACME, number);
				assertThat(now.get("shipments")).hasSize(1);
				assertThat(now.get("lines").get(0).get("shippedQuantity").asInt()).isEqualTo(2);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theSameShipmentSentTwiceIsRecordedOnce() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		String shipment = "{\"carrier\": \"DHL\", \"trackingNumber\": \"TRK-7\", \"lines\": [{\"lineRef\": \"B\", \"quantity\": 1}]}";

		lifecycle.supplier(ACME, number, "shipments", shipment);
		var again = lifecycle.supplier(ACME, number, "shipments", shipment);

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("shipments")).hasSize(1);
		assertThat(again.json().get("lines").get(1).get("shippedQuantity").asInt()).isEqualTo(1);
	}

	@Test
	void otherLinesUnderAKnownTrackingNumberAreANewShipmentOfTheSameParcel() {
		String order = lifecycle.placeThreeLines("acme");
		String number = order + "-01";
		String first = """
				{"carrier": "DHL", "trackingNumber": "PARCEL-1",
				 "lines": [{"lineRef": "A", "quantity": 2}, {"lineRef": "B", "quantity": 3}]}""";
		lifecycle.supplier(ACME, number, "shipments", first);

		var second = lifecycle.supplier(ACME, number, "shipments", """
				{"carrier": "DHL", "trackingNumber": "PARCEL-1", "lines": [{"lineRef": "C", "quantity": 1}]}""");

		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("status").asText()).isEqualTo("SHIPPED");
		assertThat(lineStatuses(second.json())).containsOnly("SHIPPED");
		JsonNode shipments = second.json().get("shipments");
		assertThat(shipments).hasSize(2);
		assertThat(shipments.findValuesAsText("trackingNumber")).containsExactly("PARCEL-1", "PARCEL-1");
		assertThat(shipments.get(1).get("lines").findValuesAsText("lineRef")).containsExactly("C");
		assertThat(lifecycle.order(RETAILER, order).get("status").asText()).isEqualTo("SHIPPED");

		var repeat = lifecycle.supplier(ACME, number, "shipments", """
				{"carrier": "DHL", "trackingNumber": "PARCEL-1",
				 "lines": [{"lineRef": "B", "quantity": 3}, {"lineRef": "A", "quantity": 2}]}""");

		assertThat(repeat.status()).isEqualTo(200);
		assertThat(repeat.json().get("shipments")).hasSize(2);
	}

	@Test
	void aShipmentRecordedBeforeContentKeysStillReplaysAndOtherLinesUnderItsTrackingNumberShip() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		String shipment = """
				{"carrier": "DHL", "trackingNumber": "OLD-1", "lines": [{"lineRef": "A", "quantity": 2}]}""";
		lifecycle.supplier(ACME, number, "shipments", shipment);
		// As the shipment table held it before V10: keyed by carrier and tracking number alone.
		jdbc.update("""
				update shipment set content_key = null, natural_key = 'tracking:DHL:OLD-1'
				where supplier_order_id = (select id from supplier_order where supplier_order_number = ?)""", number);

		var again = lifecycle.supplier(ACME, number, "shipments", shipment);
		var otherLines = lifecycle.supplier(ACME, number, "shipments", """
				{"carrier": "DHL", "trackingNumber": "OLD-1", "lines": [{"lineRef": "B", "quantity": 3}]}""");

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("shipments")).hasSize(1);
		assertThat(otherLines.status()).isEqualTo(200);
		assertThat(otherLines.json().get("shipments")).hasSize(2);
		assertThat(lineStatuses(otherLines.json())).containsExactly("SHIPPED", "SHIPPED", "PENDING");
	}

	@Test
	void aShipmentRefReusedForOtherContentIsRefusedNamingShipmentRef() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		String shipment = """
				{"shipmentRef": "SHP-1", "carrier": "DHL", "trackingNumber": "JD77",
				 "lines": [{"lineRef": "A", "quantity": 1}]}""";
		lifecycle.supplier(ACME, number, "shipments", shipment);
		JsonNode before = lifecycle.supplierOrder(ACME, number);

		var reused = lifecycle.supplier(ACME, number, "shipments", """
				{"shipmentRef": "SHP-1", "carrier": "DHL", "trackingNumber": "JD77",
				 "lines": [{"lineRef": "B", "quantity": 1}]}""");
		var again = lifecycle.supplier(ACME, number, "shipments", shipment);

		assertThat(reused.status()).isEqualTo(409);
		assertThat(reused.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(reused.json().get("errors").findValuesAsText("field")).containsExactly("shipmentRef");
		assertThat(again.status()).isEqualTo(200);
		assertThat(lifecycle.supplierOrder(ACME, number)).isEqualTo(before);
	}

	@Test
	void everyCallOnADeliveredOrderIsRefusedNamingItsLines() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		lifecycle.supplier(ACME, number, "shipments", "{\"carrier\": \"DHL\"}");
		lifecycle.supplier(ACME, number, "delivered", "{}");
		JsonNode before = lifecycle.supplierOrder(ACME, number);

		var cancel = lifecycle.supplier(ACME, number, "cancel", "{\"note\": \"lost in the post\"}");
		var accept = lifecycle.supplier(ACME, number, "accept", "{\"lines\": [\"B\"]}");

		assertThat(cancel.status()).isEqualTo(409);
		assertThat(cancel.json().get("errors").findValuesAsText("field")).containsExactly("lines[A]", "lines[B]",
				"lines[C]");
		assertThat(accept.status()).isEqualTo(409);
		assertThat(accept.json().get("errors").findValuesAsText("field")).containsExactly("lines[B]");
		assertThat(lifecycle.supplierOrder(ACME, number)).isEqualTo(before);
	}

	@Test
	void anAutoAcceptSupplierHasItsOrdersAcceptedAtIntakeByTheHub() {
		var reply = api.postOrder(RETAILER, com.orderdispatch.hub.support.HubFixture
			.order(com.orderdispatch.hub.support.Orders.uniqueRef(), "stark"));

		assertThat(reply.json().get("supplierOrders").get(0).get("status").asText()).isEqualTo("ACCEPTED");
		JsonNode view = lifecycle.supplierOrder("stark-test-key", reply.json().get("orderNumber").asText() + "-01");
		assertThat(view.get("status").asText()).isEqualTo("ACCEPTED");
		JsonNode last = view.get("statusHistory").get(view.get("statusHistory").size() - 1);
		assertThat(last.get("to").asText()).isEqualTo("ACCEPTED");
		assertThat(last.get("actor").asText()).isEqualTo("AUTOMATIC");
	}

	@Test
	void thePullCursorShowsEachChange() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		String cursor = drain("0");
		var seen = new ArrayList<String>();

		for (String[] step : new String[][] { { "accept", "{\"lines\": [\"A\"]}" },
				{ "reject", "{\"reason\": \"OUT_OF_STOCK\", \"lines\": [\"B\", \"C\"]}" },
				{ "shipments", "{\"carrier\": \"DHL\", \"lines\": [{\"lineRef\": \"A\", \"quantity\": 1}]}" },
				{ "shipments", "{\"carrier\": \"DHL\"}" } }) {
			assertThat(lifecycle.supplier(ACME, number, step[0], step[1]).status()).isEqualTo(200);
			var page = api.get("/api/v1/supplier/orders?after=" + cursor, ACME).json();
			assertThat(page.get("orders")).hasSize(1);
			assertThat(page.get("orders").get(0).get("supplierOrderNumber").asText()).isEqualTo(number);
			seen.add(page.get("orders").get(0).get("status").asText());
			cursor = page.get("nextCursor").asText();
		}

		assertThat(seen).containsExactly("PENDING", "ACCEPTED", "PARTIALLY_SHIPPED", "SHIPPED");
	}

	private String drain(String cursor) {
		while (true) {
			var page = api.get("/api/v1/supplier/orders?limit=500&after=" + cursor, ACME).json();
			cursor = page.get("nextCursor").asText();
			if (!page.get("hasMore").asBoolean()) {
				return cursor;
			}
		}
	}

	private void assertRefused(String number, String action, String body, String reason) {
		JsonNode before = lifecycle.supplierOrder(ACME, number);

		var reply = lifecycle.supplier(ACME, number, action, body);

		assertThat(reply.status()).as(action + " " + body).isEqualTo(409);
		assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(reply.response().body()).contains(reason);
		assertThat(lifecycle.supplierOrder(ACME, number)).isEqualTo(before);
	}

	private static void assertField(ApiClient.Reply reply, String field) {
		assertThat(reply.status()).as(reply.response().body()).isEqualTo(400);
		assertThat(reply.json().get("errors").findValuesAsText("field")).contains(field);
	}

	private static List<String> lineStatuses(JsonNode view) {
		return view.get("lines").findValuesAsText("status");
	}

	private static JsonNode find(JsonNode history, String lineRef) {
		for (JsonNode change : history) {
			if (change.has("lineRef") && change.get("lineRef").asText().equals(lineRef)) {
				return change;
			}
		}
		return null;
	}

}
