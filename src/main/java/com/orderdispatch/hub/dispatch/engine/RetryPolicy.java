package com.orderdispatch.hub.dispatch.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** When a failed delivery is tried next, or that it is dead: the configured schedule, jittered, and Retry-After. */
@Component
class RetryPolicy {

	private final List<Duration> schedule;

	private final double jitter;

	@Autowired
	RetryPolicy(DispatchProperties properties) {
		this(properties.retrySchedule(), properties.jitter());
	}

	RetryPolicy(List<Duration> schedule, double jitter) {
		this.schedule = List.copyOf(schedule);
		this.jitter = jitter;
	}

	/**
	 * @param attemptsMade attempts since the schedule (re)started
	 * @param retryAfter what the receiver asked for, or null; never retried sooner than that
	 * @return when to try again, or empty when the schedule is used up
	 */
	Optional<Instant> next(int attemptsMade, Duration retryAfter, Instant now) {
		if (attemptsMade >= schedule.size()) {
			return Optional.empty();
		}
		Duration delay = jittered(schedule.get(attemptsMade));
		if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
			delay = retryAfter;
		}
		return Optional.of(now.plus(delay));
	}

	int maxAttempts() {
		return schedule.size();
	}

	private Duration jittered(Duration delay) {
		if (jitter <= 0 || delay.isZero()) {
			return delay;
		}
		double factor = 1 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
		return Duration.ofMillis(Math.round(delay.toMillis() * factor));
	}

}
