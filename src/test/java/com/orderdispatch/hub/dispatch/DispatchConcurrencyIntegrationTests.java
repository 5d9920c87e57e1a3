package com.orderdispatch.hub.dispatch;

import java.time.Duration;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One supplier's slow receiver must not hold up the deliveries of everyone else. */
class DispatchConcurrencyIntegrationTests extends HubIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSlowReceiverDoesNotHoldUpOtherSuppliersDeliveries() {
		RECEIVER.hold("slow");
		try {
			// Two deliveries to the slow receiver, each answered only on release, occupy two workers.
			HubFixture.postOrder(port, HubFixture.order("SLOW-1", "slow"));
			await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVER.received("slow").size() == 1);
			HubFixture.postOrder(port, HubFixture.order("SLOW-2", "slow"));
			await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVER.received("slow").size() == 2);

			HubFixture.postOrder(port, HubFixture.order("SLOW-CONTROL-1", "control"));
			await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(status("SLOW-CONTROL-1")));

			assertThat(status("SLOW-1")).as("still waiting for its receiver").isEqualTo("IN_FLIGHT");
			assertThat(status("SLOW-2")).as("still waiting for its receiver").isEqualTo("IN_FLIGHT");
		}
		finally {
			RECEIVER.release("slow");
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "DELIVERED".equals(status("SLOW-1")) && "DELIVERED".equals(status("SLOW-2")));
	}

	private String status(String retailerOrderRef) {
		return jdbc.queryForObject("""
				select d.status from delivery d join supplier_order so on so.id = d.supplier_order_id
				join retailer_order o on o.id = so.order_id where o.retailer_order_ref = ?""", String.class,
				retailerOrderRef);
	}

}
