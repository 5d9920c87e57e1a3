package com.orderdispatch.hub.apidoc;

import java.io.IOException;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.orderdispatch.hub.apidoc.ContractClient.Caller;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.LifecycleClient;
import com.orderdispatch.hub.support.Orders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every operation, called well and badly against a started hub: each answer's status, headers and body must be
 * one the served description documents, and each well-formed request must validate against it. An operation that
 * answers an undocumented status, a field the schema does not have, or misses a required one fails here.
 */
@HubTest
class ApiContractIntegrationTests {

	private static final Caller RETAILER = Caller.key("demo-shop-key");

	private static final Caller SUPPLIER = Caller.key("acme-test-key");

	private static final Caller ADMIN = Caller.admin();

	private static final Caller NOBODY = Caller.nobody();

	@LocalServerPort
	int port;

	private ContractClient contract;

	private LifecycleClient lifecycle;

	@BeforeEach
	void connect() {
		contract = new ContractClient(new ApiClient(port));
		lifecycle = new LifecycleClient(new ApiClient(port));
	}

	@Test
	void retailerOperationsAnswerAsDocumented() throws IOException {
		String ref = Orders.uniqueRef();
		String order = order(ref, "acme", "2");
		var placed = contract.valid(201, "POST", "/api/v1/orders", RETAILER, order);
		String number = placed.json().get("orderNumber").asText();
		assertThat(placed.header("Location")).isEqualTo("/api/v1/orders/" + number);
		assertThat(contract.valid(200, "POST", "/api/v1/orders", RETAILER, order).header("Idempotent-Replayed"))
			.isEqualTo("true");
		contract.refused(409, "POST", "/api/v1/orders", RETAILER, order(ref, "acme", "3"));
		contract.refused(400, "POST", "/api/v1/orders", RETAILER, order(Orders.uniqueRef(), "acme", "0"));
		contract.refused(422, "POST", "/api/v1/orders", RETAILER, order(Orders.uniqueRef(), "no-such-supplier", "1"));
		contract.refused(401, "POST", "/api/v1/orders", NOBODY, order);
		contract.refused(401, "POST", "/api/v1/orders", SUPPLIER, order);
		contract.refused(403, "POST", "/api/v1/orders", ADMIN, order);
		contract.refusedAs(415, "POST", "/api/v1/orders", RETAILER, order, "text/plain");
		contract.refused(413, "POST", "/api/v1/orders", RETAILER, "{\"notes\": \"" + "x".repeat(1_100_000) + "\"}");

		contract.valid(200, "GET", "/api/v1/orders?status=PENDING&supplierId=acme&from=2026-01-01T00:00:00Z&size=5",
				RETAILER, null);
		contract.valid(200, "GET", "/api/v1/orders?orderNumber=" + number, RETAILER, null);
		contract.refused(400, "GET", "/api/v1/orders?size=0", RETAILER, null);
		contract.refused(401, "GET", "/api/v1/orders", NOBODY, null);

		contract.valid(200, "GET", "/api/v1/orders/" + number, RETAILER, null);
		contract.refused(404, "GET", "/api/v1/orders/ODH-0", RETAILER, null);
		contract.refused(404, "GET", "/api/v1/orders/" + number, Caller.key("other-shop-key"), null);

		String cancel = "/api/v1/orders/" + number + "/cancel";
		contract.refused(400, "POST", cancel, RETAILER, "{\"lines\": [\"1\"]}");
		contract.refused(404, "POST", "/api/v1/orders/ODH-0/cancel", RETAILER, "{\"reason\": \"changed mind\"}");
		var cancelled = contract.valid(200, "POST", cancel, RETAILER, "{\"reason\": \"changed mind\", \"lines\": [\"1\"]}");
		assertThat(cancelled.json().get("cancelled")).hasSize(1);
		String shipped = lifecycle.placeThreeLines("acme");
		lifecycle.supplier("acme-test-key", supplierOrderOf(shipped), "accept", "{}");
		lifecycle.supplier("acme-test-key", supplierOrderOf(shipped), "shipments", "{\"carrier\": \"UPS\"}");
		contract.refused(409, "POST", "/api/v1/orders/" + shipped + "/cancel", RETAILER, "{\"reason\": \"too late\"}");

		assertThat(contract.notExercised(operationsTagged("retailer"))).isEmpty();
	}

	@Test
	void supplierOperationsAnswerAsDocumented() throws IOException {
		String number = supplierOrderOf(lifecycle.placeThreeLines("acme"));
		String other = supplierOrderOf(lifecycle.placeThreeLines("acme"));
		String orders = "/api/v1/supplier/orders";
		String one = orders + "/" + number;

		var page = contract.valid(200, "GET", orders + "?limit=2", SUPPLIER, null);
		contract.valid(200, "GET", orders + "?after=" + page.json().get("nextCursor").asText() + "&status=PENDING",
				SUPPLIER, null);
		contract.refused(400, "GET", orders + "?after=not-a-cursor", SUPPLIER, null);
		contract.refused(401, "GET", orders, RETAILER, null);
		contract.refused(403, "GET", orders, ADMIN, null);
		contract.valid(200, "GET", one, SUPPLIER, null);
		contract.refused(404, "GET", orders + "/ODH-0-01", SUPPLIER, null);
		contract.refused(404, "GET", one, Caller.key("globex-test-key"), null);

		String accept = "{\"lines\": [\"A\", \"B\"], \"note\": \"in stock\"}";
		contract.valid(200, "POST", one + "/accept", SUPPLIER, accept, "Idempotency-Key", "accept-" + number);
		assertThat(contract.valid(200, "POST", one + "/accept", SUPPLIER, accept, "Idempotency-Key", "accept-" + number)
			.header("Idempotent-Replayed")).isEqualTo("true");
		contract.refused(409, "POST", one + "/accept", SUPPLIER, "{}", "Idempotency-Key", "accept-" + number);
		contract.refused(400, "POST", one + "/accept", SUPPLIER, "{\"line\": [\"A\"]}");
		contract.refused(401, "POST", one + "/accept", NOBODY, accept);

		contract.refused(400, "POST", one + "/reject", SUPPLIER, "{\"reason\": \"NO_REASON\", \"lines\": [\"C\"]}");
		contract.valid(200, "POST", one + "/reject", SUPPLIER, "{\"reason\": \"OUT_OF_STOCK\", \"lines\": [\"C\"]}");
		contract.refused(409, "POST", one + "/reject", SUPPLIER, "{\"reason\": \"OTHER\", \"lines\": [\"A\"]}");

		contract.refused(400, "POST", one + "/shipments", SUPPLIER, "{\"lines\": [{\"lineRef\": \"A\", \"quantity\": 2}]}");
		contract.valid(200, "POST", one + "/shipments", SUPPLIER, """
				{"shipmentRef": "P-1", "carrier": "DHL", "trackingNumber": "JD0001",
				 "trackingUrl": "https://track.example/JD0001", "lines": [{"lineRef": "A", "quantity": 2}]}""");
		contract.refused(409, "POST", one + "/shipments", SUPPLIER,
				"{\"carrier\": \"DHL\", \"lines\": [{\"lineRef\": \"C\", \"quantity\": 1}]}");

		contract.refused(400, "POST", one + "/cancel", SUPPLIER, "{\"lines\": [\"B\"]}");
		contract.valid(200, "POST", one + "/cancel", SUPPLIER, "{\"note\": \"discontinued\", \"lines\": [\"B\"]}");
		contract.refused(409, "POST", one + "/cancel", SUPPLIER, "{\"note\": \"too late\", \"lines\": [\"A\"]}");

		contract.refused(409, "POST", orders + "/" + other + "/delivered", SUPPLIER, "{}");
		contract.refused(400, "POST", one + "/delivered", SUPPLIER, "[]");
		contract.valid(200, "POST", one + "/delivered", SUPPLIER, "{\"note\": \"signed for\"}");

		assertThat(contract.notExercised(operationsTagged("supplier"))).isEmpty();
	}

	@Test
	void adminOperationsAnswerAsDocumented() throws IOException {
		String number = lifecycle.placeThreeLines("acme");
		String supplierOrder = supplierOrderOf(number);
		String cancel = "/api/v1/admin/supplier-orders/" + supplierOrder + "/cancel";
		contract.refused(400, "POST", cancel, ADMIN, "{}");
		contract.refused(401, "POST", cancel, RETAILER, "{\"note\": \"phoned\"}");
		contract.valid(200, "POST", cancel, ADMIN, "{\"note\": \"the supplier phoned\"}", "Idempotency-Key", "admin-" + number);
		contract.refused(404, "POST", "/api/v1/admin/supplier-orders/ODH-0-01/cancel", ADMIN, "{\"note\": \"phoned\"}");

		String accepted = supplierOrderOf(lifecycle.placeThreeLines("acme"));
		contract.valid(200, "POST", "/api/v1/supplier/orders/" + accepted + "/accept", SUPPLIER, "{}");
		String incident = "/api/v1/admin/supplier-orders/" + accepted + "/incident/";
		contract.refused(400, "POST", incident + "open", ADMIN, "{}");
		contract.refused(409, "POST", incident + "close", ADMIN, "{\"resolution\": \"none\", \"lines\": [\"A\"]}");
		contract.valid(200, "POST", incident + "open", ADMIN, "{\"reason\": \"damaged\", \"lines\": [\"A\"]}");
		contract.valid(200, "POST", incident + "close", ADMIN, "{\"resolution\": \"replaced\", \"lines\": [\"A\"]}");

		contract.valid(200, "GET", "/api/v1/admin/deliveries?status=PENDING&size=5", ADMIN, null);
		var log = contract.valid(200, "GET", "/api/v1/admin/deliveries?orderNumber=" + number, ADMIN, null);
		contract.refused(400, "GET", "/api/v1/admin/deliveries?status=LOST", ADMIN, null);
		contract.refused(401, "GET", "/api/v1/admin/deliveries", NOBODY, null);
		// The retailer was told of the cancellation: that notice is a delivery an admin can send again.
		assertThat(log.json().get("items")).isNotEmpty();
		long id = log.json().get("items").get(0).get("id").asLong();
		// The notice is being sent while the hub retries it on its own: 409 until that attempt has finished.
		String retry = "/api/v1/admin/deliveries/" + id + "/retry";
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> contract.validAnyOf(Set.of(200, 409), "POST", retry, ADMIN, null).status() == 200);
		contract.refused(404, "POST", "/api/v1/admin/deliveries/999999999/retry", ADMIN, null);

		contract.valid(200, "POST", "/api/v1/admin/deliveries/replay", ADMIN,
				"{\"supplierId\": \"acme\", \"since\": \"2026-01-01T00:00:00Z\"}");
		contract.valid(200, "POST", "/api/v1/admin/deliveries/replay?supplierId=acme&since=2026-01-01T00:00:00Z", ADMIN, null);
		contract.refused(400, "POST", "/api/v1/admin/deliveries/replay", ADMIN, "{\"since\": \"2026-01-01T00:00:00Z\"}");

		// A PUT writes the hub's configuration: @HubTest's hub runs on a copy of it.
		for (var entry : Map.of("suppliers", "acme", "retailers", "demo-shop", "catalog", "ACME-HAMMER-16").entrySet()) {
			String path = "/api/v1/admin/" + entry.getKey() + "/" + entry.getValue();
			String read = contract.valid(200, "GET", path, ADMIN, null).response().body();
			contract.valid(200, "PUT", path, ADMIN, read);
			contract.refused(400, "PUT", path, ADMIN, "[1, 2]");
			contract.refused(404, "GET", "/api/v1/admin/" + entry.getKey() + "/no-such-entry", ADMIN, null);
			contract.refused(401, "PUT", path, NOBODY, read);
		}

		assertThat(contract.notExercised(operationsTagged("admin"))).isEmpty();
	}

	private String supplierOrderOf(String orderNumber) {
		return new ApiClient(port).get("/api/v1/orders/" + orderNumber, "demo-shop-key")
			.json()
			.get("supplierOrders")
			.get(0)
			.get("supplierOrderNumber")
			.asText();
	}

	private static Set<String> operationsTagged(String tag) throws IOException {
		var tagged = new TreeSet<String>();
		var document = new com.fasterxml.jackson.databind.ObjectMapper(
				new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
			.readTree(Path.of("src/main/resources", ApiDescription.LOCATION).toFile());
		document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
			op.getValue().path("tags").forEach(t -> {
				if (t.asText().equals(tag)) {
					tagged.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
				}
			});
		}));
		assertThat(tagged).isNotEmpty();
		return tagged;
	}

	private static String order(String ref, String supplierId, String quantity) {
		return Orders.order(ref).line("1", "ACME-HAMMER-16", supplierId, null, quantity, "12.50").json();
	}

}
