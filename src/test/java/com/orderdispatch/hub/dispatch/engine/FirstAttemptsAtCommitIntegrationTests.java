package com.orderdispatch.hub.dispatch.engine;

import java.time.Duration;
import java.util.Map;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubIntegrationTest;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake's group commit claims an order's first attempts for this instance's free workers as it inserts them and
 * hands them over once committed; a delivery it could not claim waits for the claimer as before.
 */
class FirstAttemptsAtCommitIntegrationTests extends HubIntegrationTest {

	@Autowired
	CamelContext camel;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dispatcher slots;

	@Autowired
	EngineId engine;

	@Test
	void anOrdersWebhookGoesOutWithoutAClaim() throws Exception {
		var routes = camel.getRouteController();
		routes.stopRoute("dispatch-poll");
		routes.stopRoute("dispatch-claim");
		try {
			assertThat(HubFixture.postOrder(port, HubFixture.order("HANDED-1", "handed")).statusCode())
				.isEqualTo(201);

			await().atMost(Duration.ofSeconds(10)).until(() -> delivery("handed").get("status").equals("DELIVERED"));
			assertThat(RECEIVER.received("handed")).hasSize(1);
			assertThat(delivery("handed")).containsEntry("attempts", 1).containsEntry("claimed_by", engine.value());
			// Its worker slot came back once the attempt began: none is held for ever.
			await().atMost(Duration.ofSeconds(10)).until(() -> slots.busy() == 0);
		}
		finally {
			routes.startRoute("dispatch-claim");
			routes.startRoute("dispatch-poll");
		}
	}

	@Test
	void withNoWorkerFreeTheDeliveryWaitsForTheClaimer() {
		int taken = slots.take(Integer.MAX_VALUE);
		try {
			assertThat(HubFixture.postOrder(port, HubFixture.order("WAITING-1", "waiting")).statusCode())
				.isEqualTo(201);
			assertThat(delivery("waiting")).containsEntry("status", "PENDING").containsEntry("attempts", 0);
		}
		finally {
			slots.giveBack(taken);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> delivery("waiting").get("status").equals("DELIVERED"));
		assertThat(RECEIVER.received("waiting")).hasSize(1);
		assertThat(delivery("waiting")).containsEntry("attempts", 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> slots.busy() == 0);
	}

	@Test
	void withoutTheRouteThatHandsThemOverDeliveriesAreLeftForTheClaimer() throws Exception {
		var routes = camel.getRouteController();
		routes.stopRoute("dispatch-poll");
		routes.stopRoute("dispatch-claim");
		routes.stopRoute("dispatch-start");
		try {
			// A routes folder older than Dispatcher.atCommit: nothing is claimed that would wait for its lease.
			assertThat(HubFixture.postOrder(port, HubFixture.order("UNHANDED-1", "unhanded")).statusCode())
				.isEqualTo(201);
			assertThat(delivery("unhanded")).containsEntry("status", "PENDING").containsEntry("attempts", 0);
		}
		finally {
			routes.startRoute("dispatch-start");
			routes.startRoute("dispatch-claim");
			routes.startRoute("dispatch-poll");
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> delivery("unhanded").get("status").equals("DELIVERED"));
		assertThat(RECEIVER.received("unhanded")).hasSize(1);
	}

	private Map<String, Object> delivery(String supplierId) {
		return jdbc
			.sql("select status, attempts, claimed_by from delivery where supplier_id = ? and channel = 'webhook'")
			.param(supplierId)
			.query((rs, n) -> Map.<String, Object>of("status", rs.getString(1), "attempts", rs.getInt(2),
					"claimed_by", String.valueOf(rs.getString(3))))
			.single();
	}

}
