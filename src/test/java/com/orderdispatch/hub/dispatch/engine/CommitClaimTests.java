package com.orderdispatch.hub.dispatch.engine;

import com.orderdispatch.hub.dispatch.Outbox;
import com.orderdispatch.hub.dispatch.Recipient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which deliveries a planning transaction claims at commit for this instance's workers, and that no slot is ever lost. */
class CommitClaimTests {

	static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	static final Outbox.Target WEBHOOK_TO_HAPPY = new Outbox.Target(Recipient.supplier("happy"), "webhook", null);

	final ThreadPoolExecutor workers = (ThreadPoolExecutor) Executors.newFixedThreadPool(2);

	/** Two workers and no queue behind them: a queued delivery could outlive a lease of 5 minutes. */
	final Dispatcher slots = slots(Duration.ofMinutes(3));

	/** Only the dispatcher's count of worker slots is used here: nothing is claimed, started or woken. */
	Dispatcher slots(Duration sendDeadline) {
		return new Dispatcher(workers, new DispatchProperties("", 50, Duration.ofMinutes(5), 2,
				List.of(Duration.ZERO), 0, sendDeadline), null, null, null, null, null, null, null, null, null);
	}

	@AfterEach
	void stop() {
		workers.shutdownNow();
	}

	CommitClaim open(Set<String> disabled) {
		return new CommitClaim(slots, Set.of("webhook:happy"), () -> disabled,
				new DeliveryLedger.Lease("hub-a", NOW.plusSeconds(300)), true);
	}

	@Test
	void claimsADeliveryDueNowOnARunningRouteForEachFreeWorker() {
		try (var first = open(Set.of())) {
			assertThat(first.claims(WEBHOOK_TO_HAPPY, NOW, NOW)).isTrue();
			assertThat(first.claims(WEBHOOK_TO_HAPPY, NOW, NOW)).isTrue();
			// Two workers: the third waits for the claimer.
			assertThat(first.claims(WEBHOOK_TO_HAPPY, NOW, NOW)).isFalse();
			assertThat(slots.free()).isZero();
		}
		assertThat(slots.free()).as("not started: the transaction rolled back, its slots come back").isEqualTo(2);
	}

	@Test
	void leavesScheduledUnroutedAndDisabledDeliveriesToTheirClaimers() {
		try (var first = open(Set.of("gone:webhook"))) {
			assertThat(first.claims(WEBHOOK_TO_HAPPY, NOW.plusSeconds(60), NOW)).as("due later").isFalse();
			assertThat(first.claims(new Outbox.Target(Recipient.supplier("happy"), "sftp", null), NOW, NOW))
				.as("no route sent at once").isFalse();
			assertThat(first.claims(new Outbox.Target(Recipient.supplier("gone"), "webhook", null), NOW, NOW))
				.as("endpoint disabled").isFalse();
			assertThat(slots.free()).isEqualTo(2);
		}
	}

	@Test
	void theClaimerAndThePlannersShareTheSameFreeWorkers() {
		int claimer = slots.take(50);
		assertThat(claimer).isEqualTo(2);
		try (var first = open(Set.of())) {
			assertThat(first.claims(WEBHOOK_TO_HAPPY, NOW, NOW)).isFalse();
		}
		// Each slot is held until its delivery begins on a worker, whichever route carried it there.
		slots.begun();
		slots.begun();
		assertThat(slots.free()).isEqualTo(2);
	}

	@Test
	void asManyQueueBehindTheWorkersAsStillEndWithinTheLease() {
		// Each queued delivery waits for at most one send per worker, then sends: two deadlines, within 5 minutes.
		assertThat(slots(Duration.ofMinutes(2)).take(50)).isEqualTo(4);
		assertThat(slots(Duration.ofSeconds(150)).take(50)).isEqualTo(2);
	}

}
