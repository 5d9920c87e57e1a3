package com.orderdispatch.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123Z");

	@Test
	void aKeyIsMsgThenThirtyTwoHexDigitsStartingWithItsMillisecond() {
		String key = IdempotencyKeys.next(NOW);

		assertThat(key).matches("msg_[0-9a-f]{32}").startsWith("msg_" + "%012x".formatted(NOW.toEpochMilli()));
	}

	@Test
	void keysSortByCreationTimeSoTheyAppendToTheUniqueIndex() {
		String earlier = IdempotencyKeys.next(NOW);
		String later = IdempotencyKeys.next(NOW.plusMillis(1));

		assertThat(later).isGreaterThan(earlier);
	}

	@Test
	void keysOfTheSameMillisecondDiffer() {
		var keys = new HashSet<String>();
		for (int i = 0; i < 100_000; i++) {
			keys.add(IdempotencyKeys.next(NOW));
		}

		assertThat(keys).hasSize(100_000);
	}

}
