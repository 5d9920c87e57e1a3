package com.orderdispatch.hub.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubIntegrationTest;
import com.orderdispatch.hub.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Engine v2's promises end to end: frozen payloads, the total send deadline, and due times. */
class FrozenEventsIntegrationTests extends HubIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aRetryAfterTheOrderChangedSendsTheSameBytesAndTheSameWebhookId() {
		RECEIVER.hold("changed");
		RECEIVER.script("changed", 500);
		HubFixture.postOrder(port, HubFixture.order("CHANGED-1", "changed"));
		await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVER.received("changed").size() == 1);

		// The order changes while the first attempt waits for its (failing) answer.
		jdbc.update("""
				update retailer_order set customer_name = 'Someone Else', customer_json = '{"name":"Someone Else"}'
				where retailer_order_ref = 'CHANGED-1'""");
		jdbc.update("""
				update order_line set description = 'Changed thing' where supplier_order_id in
				    (select so.id from supplier_order so join retailer_order o on o.id = so.order_id
				     where o.retailer_order_ref = 'CHANGED-1')""");
		RECEIVER.release("changed");

		await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVER.received("changed").size() == 2);
		List<WebhookReceiver.Received> received = RECEIVER.received("changed");
		assertThat(received.get(1).id()).isEqualTo(received.get(0).id());
		assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
		assertThat(new String(received.get(1).body())).contains("Ada Lovelace", "\"Thing\"")
			.doesNotContain("Someone Else", "Changed thing");
	}

	@Test
	void aReceiverThatStallsItsBodyIsCutAtTheDeadlineAndRetriedNeverTwiceAtOnce() {
		STALLING.stallNext(1);
		HubFixture.postOrder(port, HubFixture.order("STALL-1", "stalling"));

		await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(status("STALL-1")));
		var attempts = jdbc.queryForList("""
				select a.outcome, a.error from delivery_attempt a join delivery d on d.id = a.delivery_id
				where d.supplier_id = 'stalling' order by a.id""");
		assertThat(attempts).extracting(row -> row.get("outcome")).containsExactly("FAILED", "DELIVERED");
		assertThat((String) attempts.get(0).get("error")).contains("deadline of 1000 ms exceeded");
		assertThat(STALLING.webhookIds()).hasSize(2).containsOnly(STALLING.webhookIds().get(0));
		assertThat(STALLING.mostOpenAtOnce()).as("the stalled send was cut before the retry began").isEqualTo(1);
	}

	@Test
	void aDeliveryDueLaterIsNotClaimedBeforeItsTimeAndIsClaimedRightAfter() throws InterruptedException {
		Instant due = Instant.now().plusSeconds(3);
		DeliveryEvent event = transaction.execute(status -> outbox.plan(
				new EventToPlan("test.due_later", "LATER-1", null, null, Map.of("note", "later")),
				List.of(new Outbox.Target(Recipient.supplier("later"), "webhook", due))));
		outbox.committed();

		while (Instant.now().isBefore(due.minusMillis(300))) {
			assertThat(RECEIVER.received("later")).isEmpty();
			assertThat(jdbc.queryForObject("select attempts from delivery where event_id = ?", Integer.class,
					event.id())).isZero();
			Thread.sleep(100);
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> RECEIVER.received("later").size() == 1);
		// The receiver sees the request before the hub has committed the attempt it answered.
		var started = await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForList("""
				select a.started_at from delivery_attempt a join delivery d on d.id = a.delivery_id
				where d.event_id = ?""", java.time.OffsetDateTime.class, event.id()), rows -> rows.size() == 1).get(0);
		assertThat(started.toInstant()).isAfterOrEqualTo(due);
		assertThat(new String(RECEIVER.received("later").get(0).body())).isEqualTo(event.payload());
	}

	private String status(String retailerOrderRef) {
		var statuses = jdbc.queryForList("""
				select d.status from delivery d join supplier_order so on so.id = d.supplier_order_id
				join retailer_order o on o.id = so.order_id where o.retailer_order_ref = ?""", String.class,
				retailerOrderRef);
		return statuses.isEmpty() ? null : statuses.get(0);
	}

}
