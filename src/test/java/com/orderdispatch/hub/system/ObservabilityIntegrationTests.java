package com.orderdispatch.hub.system;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations sees: health, Prometheus metrics and logs that follow one order. */
@HubTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void healthShowsTheDatabaseAndTheConfigurationInForce() {
		var health = new ApiClient(port).getAsAdmin("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("components").get("db").get("status").asText()).isEqualTo("UP");
		var configuration = health.json().get("components").get("configuration");
		assertThat(configuration.get("status").asText()).isEqualTo("UP");
		assertThat(configuration.get("details").get("lastEdit").asText()).isEqualTo("applied");
	}

	@Test
	void countsOrdersReceivedAndRejectedByRetailerAndSupplier() {
		var api = new ApiClient(port);
		api.postOrder("demo-shop-key", Orders.multiSupplier(Orders.uniqueRef()));
		api.postOrder("demo-shop-key", "{}");

		String metrics = api.getAsAdmin("/actuator/prometheus").response().body();

		assertThat(metrics).containsPattern("hub_orders_received_total\\{.*retailer=\"demo-shop\".*} [1-9]")
			.containsPattern("hub_supplier_orders_total\\{.*supplier=\"umbrella\".*} [1-9]")
			.containsPattern("hub_orders_rejected_total\\{.*retailer=\"demo-shop\".*status=\"400\".*} [1-9]")
			.containsPattern("hub_delivery_queue_depth(\\{.*})? \\d")
			.containsPattern("hub_delivery_records_waiting(\\{.*})? \\d");
	}

	@Test
	void logsCarryTheOrderNumberAndNeverTheKey(CapturedOutput output) {
		String number = new ApiClient(port).postOrder("demo-shop-key", Orders.multiSupplier(Orders.uniqueRef()))
			.json()
			.get("orderNumber")
			.asText();

		assertThat(output.getAll()).contains("[order=" + number + "]").doesNotContain("demo-shop-key");
	}

}
