package com.orderdispatch.hub.dispatch.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Test
	void followsTheScheduleWithJitterAndThenGivesUp() {
		var policy = new RetryPolicy(List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5)), 0.2);
		for (int i = 0; i < 50; i++) {
			assertThat(policy.next(1, null, NOW)).hasValueSatisfying(
					at -> assertThat(at).isBetween(NOW.plusSeconds(4), NOW.plusSeconds(6)));
			assertThat(policy.next(2, null, NOW)).hasValueSatisfying(
					at -> assertThat(at).isBetween(NOW.plusSeconds(240), NOW.plusSeconds(360)));
		}
		assertThat(policy.next(3, null, NOW)).isEmpty();
	}

	@Test
	void neverRetriesSoonerThanTheReceiverAsked() {
		var policy = new RetryPolicy(List.of(Duration.ZERO, Duration.ofSeconds(5)), 0);
		assertThat(policy.next(1, Duration.ofMinutes(2), NOW)).hasValue(NOW.plusSeconds(120));
		assertThat(policy.next(1, Duration.ofSeconds(1), NOW)).hasValue(NOW.plusSeconds(5));
	}

}
