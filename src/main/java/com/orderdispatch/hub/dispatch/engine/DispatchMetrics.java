package com.orderdispatch.hub.dispatch.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delivery metrics: attempts by channel and outcome, attempt latency, and how far behind the queue is (depth and
 * the age of the oldest waiting delivery, read from the database on each scrape, so they cover every instance), and
 * this instance's delivered records still waiting for their commit.
 */
@Component
class DispatchMetrics {

	private final MeterRegistry registry;

	DispatchMetrics(MeterRegistry registry, JdbcClient jdbc, Clock clock, LedgerWriter delivered) {
		this.registry = registry;
		// Senders no longer wait for their record; a row whose record waits longer than its lease is sent again.
		Gauge.builder("hub.delivery.records.waiting", delivered, LedgerWriter::waiting)
			.description("Delivered records of this instance queued for their group commit")
			.register(registry);
		Gauge.builder("hub.delivery.queue.depth",
				() -> jdbc.sql("select count(*) from delivery where status in ('PENDING', 'IN_FLIGHT')")
					.query(Long.class)
					.single())
			.description("Deliveries waiting or being sent")
			.register(registry);
		Gauge.builder("hub.delivery.oldest.pending.age", () -> {
			var rows = jdbc.sql("select min(created_at) from delivery where status = 'PENDING'")
				.query(OffsetDateTime.class)
				.list();
			OffsetDateTime oldest = rows.isEmpty() ? null : rows.get(0);
			return oldest == null ? 0 : Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0;
		}).description("Age in seconds of the oldest delivery still waiting").baseUnit("seconds").register(registry);
	}

	void attempted(AttemptRecord attempt) {
		String channel = attempt.delivery().channel();
		Counter.builder("hub.deliveries")
			.description("Delivery attempts by channel and outcome")
			.tag("channel", channel)
			.tag("outcome", attempt.outcome().name())
			.register(registry)
			.increment();
		Timer.builder("hub.delivery.attempt")
			.description("How long an attempt took, receiver included")
			.tag("channel", channel)
			.register(registry)
			.record(attempt.duration());
	}

}
