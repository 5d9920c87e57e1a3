package com.orderdispatch.hub.channel.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTests {

	final RetryAfter retryAfter = new RetryAfter(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

	@Test
	void readsSecondsAndHttpDates() {
		assertThat(retryAfter.parse("120")).isEqualTo(Duration.ofSeconds(120));
		assertThat(retryAfter.parse("Sun, 22 Nov 2026 10:05:00 GMT")).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void ignoresGarbageAndCapsHugeDelays() {
		assertThat(retryAfter.parse(null)).isNull();
		assertThat(retryAfter.parse("soon")).isNull();
		assertThat(retryAfter.parse("Sun, 22 Nov 2026 09:00:00 GMT")).isEqualTo(Duration.ZERO);
		assertThat(retryAfter.parse("99999999")).isEqualTo(RetryAfter.MAX);
	}

}
