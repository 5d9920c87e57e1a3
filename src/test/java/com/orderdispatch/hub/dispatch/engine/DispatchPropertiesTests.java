package com.orderdispatch.hub.dispatch.engine;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The engine's settings refuse a send deadline that a stalled send could use to outlive its lease. */
class DispatchPropertiesTests {

	@Test
	void refusesASendDeadlineNotShorterThanTheLease() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ofMinutes(5), Duration.ofMinutes(5)))
			.withMessageContaining("hub.dispatch.send-deadline")
			.withMessageContaining("hub.dispatch.lease");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ofMinutes(1), Duration.ofMinutes(2)));
	}

	@Test
	void acceptsASendDeadlineShorterThanTheLease() {
		assertThat(properties(Duration.ofMinutes(5), Duration.ofMinutes(2)).sendDeadline())
			.isEqualTo(Duration.ofMinutes(2));
	}

	private static DispatchProperties properties(Duration lease, Duration sendDeadline) {
		return new DispatchProperties("", 50, lease, 10, List.of(Duration.ZERO), 0.2, sendDeadline);
	}

}
