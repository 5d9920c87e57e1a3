package com.orderdispatch.hub.dispatch.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.dispatch.DeliveryEvent;
import com.orderdispatch.hub.dispatch.EventToPlan;
import com.orderdispatch.hub.dispatch.Outbox;
import com.orderdispatch.hub.dispatch.Recipient;
import com.orderdispatch.hub.order.Address;
import com.orderdispatch.hub.order.Customer;
import com.orderdispatch.hub.order.OrderStatus;
import com.orderdispatch.hub.order.SupplierOrderView;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.StallingReceiver;
import com.orderdispatch.hub.support.WebhookReceiver;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every outcome decision of the engine, through the real dispatch and webhook routes to real HTTP receivers: each
 * test plans one delivery, waits with a {@link NotifyBuilder} until dispatch-deliver has finished its attempt, and
 * reads what the engine decided. No jitter, and a schedule of 0s, 1h, 2h, so each delay is exact.
 */
@CamelSpringBootTest
@HubTest(config = "src/test/resources/dispatch/outcomes", properties = { "hub.dispatch.retry-schedule=0s,1h,2h",
		"hub.dispatch.jitter=0", "hub.mail.host=127.0.0.1", "hub.dispatch.send-deadline=3s" })
class DispatchOutcomeRouteTests {

	static final WebhookReceiver RECEIVER = WebhookReceiver.start();

	static final StallingReceiver STALLING = StallingReceiver.start();

	/** Accepts SMTP connections and never sends the greeting: Jakarta Mail would wait for ever. */
	static final StallingReceiver SMTP_SILENT = StallingReceiver.start();

	@DynamicPropertySource
	static void hub(DynamicPropertyRegistry registry) {
		registry.add("test.receiver", () -> "http://localhost:" + RECEIVER.port());
		registry.add("test.stalling", () -> STALLING.url("").replaceAll("/$", ""));
		registry.add("hub.mail.port", SMTP_SILENT::port);
	}

	@AfterAll
	static void stop() throws Exception {
		RECEIVER.close();
		STALLING.close();
		SMTP_SILENT.close();
	}

	@Autowired
	CamelContext camel;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveConfig liveConfig;

	@Test
	void a2xxIsDelivered() {
		long id = attemptOnce("answers-ok", Instant.now());

		// The worker is free once its record is queued; the record commits with the next group.
		await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(row(id).get("status")));
		assertThat(row(id)).containsEntry("status", "DELIVERED").containsEntry("due_at", null);
		assertThat(attempts(id)).extracting(a -> a.get("outcome")).containsExactly("DELIVERED");
		assertThat(attempts(id)).extracting(a -> a.get("http_status")).containsExactly(200);
	}

	@Test
	void aFailureIsRetriedAfterTheSchedulesNextDelay() {
		RECEIVER.answerByDefault("answers-500", 500);
		long id = attemptOnce("answers-500", Instant.now());

		var row = row(id);
		assertThat(row).containsEntry("status", "PENDING");
		assertThat(delay(id)).isBetween(Duration.ofHours(1), Duration.ofHours(1).plusSeconds(5));
		assertThat(row.get("due_at")).isEqualTo(row.get("next_attempt_at"));
		assertThat(attempts(id)).extracting(a -> a.get("outcome")).containsExactly("FAILED");
	}

	@Test
	void retryAfterIsHonouredWhenLongerThanTheSchedule() {
		RECEIVER.answerByDefault("answers-503", 503, Map.of("Retry-After", "10800"));
		long id = attemptOnce("answers-503", Instant.now());

		assertThat(row(id)).containsEntry("status", "PENDING");
		assertThat(delay(id)).isBetween(Duration.ofHours(3), Duration.ofHours(3).plusSeconds(5));
		assertThat(attempts(id)).extracting(a -> a.get("http_status")).containsExactly(503);
	}

	@Test
	void theLastFailedAttemptLeavesTheDeliveryDead() {
		RECEIVER.answerByDefault("last-attempt", 500);
		long id = plan("last-attempt", Instant.now().plus(Duration.ofDays(1)));
		// Two attempts already made: the next is the schedule's third and last.
		jdbc.update("update delivery set attempts = 2, due_at = ?, next_attempt_at = ? where id = ?",
				OffsetDateTime.now(), OffsetDateTime.now(), id);
		awaitOneAttempt(() -> outbox.committed());

		assertThat(row(id)).containsEntry("status", "DEAD").containsEntry("due_at", null);
		assertThat(attempts(id)).extracting(a -> a.get("outcome")).containsExactly("DEAD");
	}

	@Test
	void goneDisablesTheEndpoint() {
		RECEIVER.answerByDefault("answers-410", 410);
		long id = attemptOnce("answers-410", Instant.now());

		assertThat(row(id)).containsEntry("status", "DISABLED").containsEntry("due_at", null);
		assertThat(jdbc.queryForObject("select count(*) from disabled_endpoint where supplier_id = 'answers-410'",
				Integer.class)).isOne();
	}

	@Test
	void aSendPastItsDeadlineIsAFailedAttempt() {
		STALLING.stallNext(1);
		long id = attemptOnce("stalls", Instant.now());

		assertThat(row(id)).containsEntry("status", "PENDING");
		assertThat(attempts(id)).extracting(a -> (String) a.get("error"))
			.singleElement()
			.asString()
			.contains("deadline of 1000 ms exceeded");
		assertThat(STALLING.mostOpenAtOnce()).isEqualTo(1);
	}

	@Test
	void anSmtpServerThatNeverAnswersIsCutAtTheEnginesDeadline() {
		var order = new SupplierOrderView("ODH-1-01", "ODH-1", "mail-stalls", "demo-shop", "REF-1", Instant.now(),
				OrderStatus.PENDING, "EUR", new BigDecimal("7.00"), new Customer("Ada", null, null),
				new Address("Ada", null, "1 Main St", null, "London", null, "SW1", "GB"), null,
				List.of(new SupplierOrderView.LineView("1", "SKU-1", "Thing", 2, new BigDecimal("3.50"),
						new BigDecimal("7.00"))),
				List.of(), Instant.now(), 0);
		long[] id = new long[1];
		awaitOneAttempt(() -> {
			DeliveryEvent event = transaction.execute(status -> outbox.plan(
					new EventToPlan(Outbox.ORDER_CREATED, "ODH-1-01", "ODH-1", null, order), "mail-stalls",
					liveConfig.current()).orElseThrow());
			id[0] = jdbc.queryForObject("select id from delivery where event_id = ?", Long.class, event.id());
			outbox.committed();
		});

		assertThat(row(id[0])).containsEntry("status", "PENDING");
		assertThat(attempts(id[0])).extracting(a -> (String) a.get("error"))
			.singleElement()
			.asString()
			.contains("deadline of 3000 ms exceeded");
	}

	private long attemptOnce(String supplierId, Instant due) {
		long[] id = new long[1];
		awaitOneAttempt(() -> {
			id[0] = plan(supplierId, due);
			outbox.committed();
		});
		// The exchange that ended may be another delivery's (the tests share one hub): wait for this one's attempt.
		await().atMost(Duration.ofSeconds(20)).until(() -> !attempts(id[0]).isEmpty());
		return id[0];
	}

	private void awaitOneAttempt(Runnable action) {
		// dispatch-deliver runs on a wire-tapped copy of the claim's exchange: pick it out by the claimed delivery.
		NotifyBuilder attempt = new NotifyBuilder(camel)
			.filter(exchange -> exchange.getProperty(DeliveryRecorder.DELIVERY) != null)
			.whenDone(1)
			.create();
		long recorded = jdbc.queryForObject("select count(*) from delivery_attempt", Long.class);
		action.run();
		assertThat(attempt.matches(20, TimeUnit.SECONDS)).as("dispatch-deliver finished an attempt").isTrue();
		// The worker goes on once the outcome is queued; the ledger commits it with the others finishing now.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from delivery_attempt", Long.class) > recorded);
	}

	private long plan(String supplierId, Instant due) {
		DeliveryEvent event = transaction.execute(status -> outbox.plan(
				new EventToPlan("test.outcome", supplierId, null, null, Map.of("supplier", supplierId)),
				List.of(new Outbox.Target(Recipient.supplier(supplierId), "webhook", due))).orElseThrow());
		return jdbc.queryForObject("select id from delivery where event_id = ?", Long.class, event.id());
	}

	private Map<String, Object> row(long id) {
		return jdbc.queryForMap("select status, due_at, next_attempt_at from delivery where id = ?", id);
	}

	private List<Map<String, Object>> attempts(long id) {
		return jdbc.queryForList(
				"select outcome, http_status, error from delivery_attempt where delivery_id = ? order by id", id);
	}

	/** From the end of the attempt to the next one the engine scheduled. */
	private Duration delay(long id) {
		var times = jdbc.queryForMap("""
				select a.started_at, a.duration_ms, d.next_attempt_at from delivery d
				join delivery_attempt a on a.delivery_id = d.id where d.id = ?""", id);
		Instant ended = ((OffsetDateTime) times.get("started_at")).toInstant()
			.plusMillis(((Number) times.get("duration_ms")).longValue());
		return Duration.between(ended, ((OffsetDateTime) times.get("next_attempt_at")).toInstant());
	}

}
