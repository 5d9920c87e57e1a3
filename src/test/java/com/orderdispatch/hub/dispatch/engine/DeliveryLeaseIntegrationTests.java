package com.orderdispatch.hub.dispatch.engine;

import java.time.Duration;
import java.time.Instant;

import com.orderdispatch.hub.dispatch.channel.DeliveryOutcome;
import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.DeliveryEvent;
import com.orderdispatch.hub.dispatch.Outbox;
import com.orderdispatch.hub.dispatch.Recipient;
import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubIntegrationTest;
import com.orderdispatch.hub.system.SqlTime;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Claims are leases: a dead claimer's rows come back, and a claimer that lost its lease cannot write an outcome. */
class DeliveryLeaseIntegrationTests extends HubIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeliveryRecorder recorder;

	@Test
	void aDeliveryClaimedByACrashedInstanceIsSentAgainOnceItsLeaseExpires() {
		long id = deliveredOnce("LEASED-1");
		int received = RECEIVER.received("leased").size();
		String key = jdbc.queryForObject("select idempotency_key from delivery where id = ?", String.class, id);
		// As if another instance had claimed it again and died mid-send.
		jdbc.update("""
				update delivery set status = 'IN_FLIGHT', claimed_by = 'crashed-engine', lease_until = ?, due_at = ?
				where id = ?""", SqlTime.at(Instant.now().minusSeconds(1)), SqlTime.at(Instant.now().minusSeconds(1)), id);

		await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVER.received("leased").size() == received + 1);
		assertThat(RECEIVER.received("leased").get(received).id()).isEqualTo(key);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "DELIVERED".equals(jdbc.queryForObject("select status from delivery where id = ?", String.class, id)));
		assertThat(jdbc.queryForList("select outcome from delivery_attempt where delivery_id = ? order by id",
				String.class, id)).containsExactly("DELIVERED", "ABANDONED", "DELIVERED");
		assertThat(jdbc.queryForObject("select claimed_by from delivery_attempt where outcome = 'ABANDONED' "
				+ "and delivery_id = ?", String.class, id)).isEqualTo("crashed-engine");
	}

	@Test
	void anInstanceThatLostItsLeaseCannotOverwriteTheOutcome() {
		long id = deliveredOnce("LEASED-2");
		int attempts = jdbc.queryForObject("select attempts from delivery where id = ?", Integer.class, id);
		jdbc.update("""
				update delivery set status = 'IN_FLIGHT', claimed_by = 'newer-engine', lease_until = ?, due_at = ?
				where id = ?""", SqlTime.at(Instant.now().plusSeconds(300)), SqlTime.at(Instant.now().plusSeconds(300)), id);
		var stale = new Delivery(id, "msg_stale", attempts, "webhook", Recipient.supplier("leased"),
				new DeliveryEvent(0, Outbox.ORDER_CREATED, "ODH-0-01", "ODH-0", Instant.now(), "{}"), null);

		boolean written = recorder.record(stale, Instant.now(), new DeliveryOutcome.FailedForGood("late answer", 500));

		assertThat(written).isFalse();
		assertThat(jdbc.queryForMap("select status, claimed_by from delivery where id = ?", id))
			.containsEntry("status", "IN_FLIGHT")
			.containsEntry("claimed_by", "newer-engine");
		jdbc.update("update delivery set status = 'DELIVERED', lease_until = null, due_at = null where id = ?", id);
	}

	private long deliveredOnce(String ref) {
		int before = RECEIVER.received("leased").size();
		HubFixture.postOrder(port, HubFixture.order(ref, "leased"));
		await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVER.received("leased").size() == before + 1);
		return await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList("""
				select d.id from delivery d join supplier_order so on so.id = d.supplier_order_id
				join retailer_order o on o.id = so.order_id
				where o.retailer_order_ref = ? and d.status = 'DELIVERED'""", Long.class, ref), ids -> ids.size() == 1)
			.get(0);
	}

}
