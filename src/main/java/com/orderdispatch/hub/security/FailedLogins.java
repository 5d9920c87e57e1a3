package com.orderdispatch.hub.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Failed logins per client address, in token buckets (bucket4j): each wrong credential takes a token, and tokens
 * come back at {@code limit} per {@code period}. After {@code slowAfter} failures every further attempt from the
 * client is held back a little longer; with the bucket empty it is refused (429) until a token is back. One count
 * for the API's admin Basic and the console's form login, so neither is a way around the other.
 */
public final class FailedLogins {

	/** What to do with a client's next attempt: wait this long first, or refuse it and say when to come back. */
	public record Verdict(Duration delay, long retryAfterSeconds) {

		public boolean refused() {
			return retryAfterSeconds > 0;
		}

	}

	private static final int MAX_CLIENTS = 10_000;

	private static final Duration DELAY_STEP = Duration.ofMillis(100);

	private static final Duration MAX_DELAY = Duration.ofSeconds(1);

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final long limit;

	private final Duration period;

	private final long slowAfter;

	FailedLogins(long limit, Duration period, long slowAfter) {
		this.limit = limit;
		this.period = period;
		this.slowAfter = slowAfter;
	}

	public Verdict before(String client) {
		Bucket bucket = buckets.get(client);
		if (bucket == null) {
			return new Verdict(Duration.ZERO, 0);
		}
		long failures = limit - bucket.getAvailableTokens();
		if (failures >= limit) {
			long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
			return new Verdict(Duration.ZERO, Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1));
		}
		if (failures < slowAfter) {
			return new Verdict(Duration.ZERO, 0);
		}
		Duration delay = DELAY_STEP.multipliedBy(failures - slowAfter + 1);
		return new Verdict(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay, 0);
	}

	public void failed(String client) {
		if (buckets.size() >= MAX_CLIENTS) {
			forgetRecovered();
		}
		buckets.computeIfAbsent(client, c -> newBucket()).tryConsume(1);
	}

	/** Drops clients whose bucket is full again: they are no different from clients never seen. */
	private void forgetRecovered() {
		buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit);
		if (buckets.size() >= MAX_CLIENTS) {
			// Still full: a flood from many addresses. Starting over keeps memory bounded; each client is slowed again
			// after slowAfter failures.
			buckets.clear();
		}
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build())
			.build();
	}

}
