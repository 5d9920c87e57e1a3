package com.orderdispatch.hub.dispatch.engine;

import java.nio.file.Files;
import java.time.Duration;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubIntegrationTest;
import com.orderdispatch.hub.support.WebhookReceiver;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChannelRoutesIntegrationTests extends HubIntegrationTest {

	@Autowired
	CamelContext camel;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsOneRoutePerSupplierWebhookFromTheTemplate() {
		assertThat(camel.getRoute("channel-webhook-happy")).isNotNull();
		assertThat(camel.getRoute("channel-webhook-happy").getEndpoint().getEndpointUri())
			.isEqualTo("direct://channel-webhook-happy");
	}

	@Test
	void aDeliveryOnAScheduledChannelWaitsForItsScheduleAndTheGeneralClaimerLeavesItAlone() throws Exception {
		var placed = HubFixture.postOrder(port, HubFixture.order("FILEDROP-1", "filedrop"));

		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		// Stays so, polled for a second: the general claimer runs every 200 ms in these tests.
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> jdbc
			.queryForList("select status from delivery where supplier_id = 'filedrop'", String.class)
			.equals(java.util.List.of("PENDING")));
		assertThat(jdbc.queryForObject("""
				select count(*) from delivery where supplier_id = 'filedrop' and attempts = 0
				and due_at >= timestamp with time zone '2099-01-01 00:00:00+00'""", Integer.class)).isOne();
	}

	@Test
	void aConfigurationEditReplacesTheSuppliersRoute() throws Exception {
		Route before = camel.getRoute("channel-webhook-moving");
		var suppliers = configDirectory.resolve("suppliers.yaml");
		HubFixture.edit(suppliers, "hooks/moving-old", "hooks/moving-new");

		await().atMost(Duration.ofSeconds(10)).until(() -> {
			Route now = camel.getRoute("channel-webhook-moving");
			return now != null && now != before;
		});
		HubFixture.postOrder(port, HubFixture.order("MOVING-1", "moving"));
		await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVER.received("moving-new").size() == 1);
		assertThat(RECEIVER.received("moving-old")).isEmpty();
	}

	@Test
	void aNewUrlForAnEndpointThatAnswered410SendsItsDeliveriesAgain() throws Exception {
		RECEIVER.answerByDefault("relocated-old", 410);
		HubFixture.postOrder(port, HubFixture.order("RELOCATED-1", "relocated"));
		await().atMost(Duration.ofSeconds(10)).until(() -> "DISABLED".equals(status("relocated")));
		String key = jdbc.queryForObject("select idempotency_key from delivery where supplier_id = 'relocated'",
				String.class);

		// The supplier tells the administrator its new address; the edit alone puts the delivery back on its way.
		var suppliers = configDirectory.resolve("suppliers.yaml");
		HubFixture.edit(suppliers, "hooks/relocated-old", "hooks/relocated-new");

		await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(status("relocated")));
		assertThat(RECEIVER.received("relocated-new")).extracting(WebhookReceiver.Received::id).containsExactly(key);
	}

	@Test
	void aRouteReplacedWhileADeliveryIsInFlightLetsItFinish() throws Exception {
		Route before = camel.getRoute("channel-webhook-swapped");
		RECEIVER.hold("swapped");
		try {
			HubFixture.postOrder(port, HubFixture.order("SWAPPED-1", "swapped"));
			await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVER.received("swapped").size() == 1);

			// An edit that replaces the supplier's route while its delivery waits for the receiver's answer.
			var suppliers = configDirectory.resolve("suppliers.yaml");
			HubFixture.edit(suppliers, "hooks/swapped\"", "hooks/swapped-moved\"");
			Thread.sleep(500);
		}
		finally {
			RECEIVER.release("swapped");
		}

		await().atMost(Duration.ofSeconds(15)).until(() -> "DELIVERED".equals(status("swapped")));
		await().atMost(Duration.ofSeconds(15)).until(() -> {
			Route now = camel.getRoute("channel-webhook-swapped");
			return now != null && now != before;
		});
		assertThat(RECEIVER.received("swapped")).as("answered once, not sent again").hasSize(1);
		assertThat(jdbc.queryForObject("select attempts from delivery where supplier_id = 'swapped'", Integer.class))
			.isEqualTo(1);
	}

	private String status(String supplierId) {
		return jdbc.queryForObject("select status from delivery where supplier_id = ?", String.class, supplierId);
	}

}
