package com.orderdispatch.hub.intake;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.orderdispatch.hub.dispatch.Outbox;
import com.orderdispatch.hub.order.OrderStore;
import com.orderdispatch.hub.order.PlacedOrder;
import com.orderdispatch.hub.system.DatabaseAvailability;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * A group whose COMMIT lost its connection may be stored or not: the server may have committed before the answer
 * was cut. Guessing either way is wrong (a 503 for a stored order makes its retry look like a duplicate; a 201 for
 * a lost one loses it), so the group's order numbers are read back once the database answers. Stored: the callers
 * get their 201 and the first attempts claimed in that transaction start now instead of after their lease. Not
 * stored: the group is written again. If the database cannot tell within a second, the callers get 503 (a retry
 * with the same reference is safe) and the read-back goes on in the background for the first attempts' sake.
 */
@Component
class UncertainCommits {

	private static final Logger log = LoggerFactory.getLogger(UncertainCommits.class);

	static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

	private static final Duration KEEP_TRYING = Duration.ofMinutes(10);

	private final OrderStore store;

	private final DatabaseAvailability database;

	private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "intake-uncertain-commits");
		thread.setDaemon(true);
		return thread;
	});

	UncertainCommits(OrderStore store, DatabaseAvailability database) {
		this.store = store;
		this.database = database;
	}

	/** What to do once it is known whether the group was stored. */
	interface Outcome {

		void stored();

		void notStored();

		void unknown();

	}

	/** Resolves the group's outcome; owns {@code first} from here on and starts or closes it. */
	void resolve(List<PlacedOrder> placed, Outbox.Planning first, Outcome outcome) {
		Optional<Boolean> stored = database.awaitReachable(ANSWER_WITHIN) ? readBack(placed) : Optional.empty();
		if (stored.isPresent()) {
			settle(stored.get(), first);
			if (stored.get()) {
				outcome.stored();
			}
			else {
				outcome.notStored();
			}
			return;
		}
		outcome.unknown();
		background.execute(() -> {
			long deadline = System.nanoTime() + KEEP_TRYING.toNanos();
			Optional<Boolean> late = Optional.empty();
			while (late.isEmpty() && System.nanoTime() < deadline && pause()) {
				late = database.awaitReachable(ANSWER_WITHIN) ? readBack(placed) : Optional.empty();
			}
			// Never known: the first attempts' lease runs out and the claimer takes them, as after a crash.
			settle(late.orElse(false), first);
		});
	}

	private static boolean pause() {
		try {
			Thread.sleep(250);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void settle(boolean stored, Outbox.Planning first) {
		if (stored) {
			first.start();
		}
		first.close();
	}

	private Optional<Boolean> readBack(List<PlacedOrder> placed) {
		var numbers = placed.stream().map(PlacedOrder::orderNumber).toList();
		try {
			int found = store.countStored(numbers);
			log.info("A commit of {} order(s) lost its connection; read back: {}", numbers.size(),
					found == 0 ? "not stored" : "stored");
			return Optional.of(found > 0);
		}
		catch (DataAccessException ex) {
			database.failed(ex);
			return Optional.empty();
		}
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}

}
