package com.orderdispatch.hub.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailedLoginsTests {

	@Test
	void slowsAClientDownAfterAFewFailuresThenRefusesIt() {
		var failures = new FailedLogins(5, Duration.ofMinutes(1), 2);

		assertThat(failures.before("10.0.0.1").delay()).isZero();
		failures.failed("10.0.0.1");
		failures.failed("10.0.0.1");
		var slowed = failures.before("10.0.0.1");
		failures.failed("10.0.0.1");
		var slower = failures.before("10.0.0.1");
		failures.failed("10.0.0.1");
		failures.failed("10.0.0.1");
		var refused = failures.before("10.0.0.1");

		assertThat(slowed.refused()).isFalse();
		assertThat(slowed.delay()).isPositive();
		assertThat(slower.delay()).isGreaterThan(slowed.delay());
		assertThat(refused.refused()).isTrue();
		assertThat(refused.retryAfterSeconds()).isBetween(1L, 13L);
	}

	@Test
	void oneClientsFailuresDoNotSlowAnother() {
		var failures = new FailedLogins(2, Duration.ofMinutes(1), 1);
		failures.failed("10.0.0.1");
		failures.failed("10.0.0.1");

		assertThat(failures.before("10.0.0.1").refused()).isTrue();
		assertThat(failures.before("10.0.0.2").refused()).isFalse();
		assertThat(failures.before("10.0.0.2").delay()).isZero();
	}

}
