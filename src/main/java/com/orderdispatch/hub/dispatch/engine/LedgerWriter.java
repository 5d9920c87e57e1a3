package com.orderdispatch.hub.dispatch.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.orderdispatch.hub.dispatch.engine.AttemptRecord.Outcome;
import com.orderdispatch.hub.system.DatabaseAvailability;
import com.orderdispatch.hub.system.SqlTime;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes finished attempts in groups, as River's completer does: the workers that finish sends at about the same
 * time have their deliveries moved on (DELIVERED, back to PENDING for a retry, or DEAD) and their attempts logged in
 * one transaction, with one batched statement per transition. Each update is fenced by this instance's lease (see
 * {@link DeliveryLedger#FENCE}). Senders queue their record and move on ({@link #completeLater}); until it commits the
 * row stays claimed, so nothing else takes it.
 */
@Component
class LedgerWriter {

	private static final Logger log = LoggerFactory.getLogger(LedgerWriter.class);

	private static final int MAX_GROUP = 200;

	/** How long the writer waits for more records to commit with the first, unless {@link #GATHERED} are there. */
	private static final long LINGER_NANOS = 3_000_000;

	private static final int GATHERED = 50;

	/** How long a group waits for the database to come back; far below any lease, so its deliveries stay claimed. */
	private static final Duration OUTAGE_PATIENCE = Duration.ofSeconds(90);

	/** One finished attempt and, for a retry, when the next one is due. */
	record Completion(AttemptRecord attempt, Instant nextAttemptAt) {
	}

	private record Pending(Completion completion, CompletableFuture<Boolean> recorded) {

		AttemptRecord attempt() {
			return completion.attempt();
		}

	}

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final EngineId engine;

	private final Clock clock;

	private final DatabaseAvailability database;

	private final Thread writer = new Thread(this::writeWhileRunning, "dispatch-record");

	private volatile boolean stopping;

	LedgerWriter(JdbcTemplate jdbc, TransactionTemplate transaction, EngineId engine, Clock clock,
			DatabaseAvailability database) {
		this.database = database;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.engine = engine;
		this.clock = clock;
		writer.setDaemon(true);
		writer.start();
	}

	/**
	 * Queues the record and returns at once, for a sender that need not wait for it (a webhook worker taking its
	 * next delivery, a scheduled drop uploading its next files). Completes with false when the lease was lost.
	 */
	CompletableFuture<Boolean> completeLater(Completion completion) {
		var pending = new Pending(completion, new CompletableFuture<>());
		if (stopping) {
			// The group writer may be gone already: record this one here.
			write(List.of(pending));
			return pending.recorded();
		}
		queue.add(pending);
		if (stopping && queue.remove(pending)) {
			// Stopping began meanwhile and the writer may have drained the queue for the last time already.
			write(List.of(pending));
		}
		return pending.recorded();
	}

	/** Records queued and not yet taken by the group writer. */
	int waiting() {
		return queue.size();
	}

	/** Waits for a record queued by {@link #deliveredLater}, as long as a sender may. */
	static boolean await(CompletableFuture<Boolean> recorded) {
		try {
			return recorded.get(2, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while recording a delivery", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException failure ? failure
					: new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("recording the delivery took too long", ex);
		}
	}

	private void writeWhileRunning() {
		while (!stopping || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				var group = new ArrayList<Pending>();
				group.add(first);
				gather(group);
				write(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Adds the records queued now and those queued within {@link #LINGER_NANOS}, up to {@link #GATHERED}. On H2 each
	 * commit writes a chunk, which cost more than half of this thread's CPU when groups held one or two records; no
	 * worker waits for its record, so a few milliseconds more cost no send.
	 */
	private void gather(List<Pending> group) throws InterruptedException {
		long until = System.nanoTime() + LINGER_NANOS;
		queue.drainTo(group, MAX_GROUP - group.size());
		while (group.size() < GATHERED && !stopping) {
			Pending next = queue.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (next == null) {
				return;
			}
			group.add(next);
			queue.drainTo(group, MAX_GROUP - group.size());
		}
	}

	private void write(List<Pending> group) {
		long giveUp = System.nanoTime() + OUTAGE_PATIENCE.toNanos();
		while (!tryWrite(group)) {
			long left = giveUp - System.nanoTime();
			if (stopping || left <= 0 || !database.awaitReachable(Duration.ofNanos(left))) {
				var unreachable = new IllegalStateException("the database stayed unreachable");
				group.forEach(pending -> pending.recorded().completeExceptionally(unreachable));
				return;
			}
		}
	}

	/**
	 * Records the group; false when the database could not be reached, nothing recorded. The deliveries stay
	 * claimed meanwhile, so the group is written once the database is back, well within their lease, instead of
	 * being sent again when the lease ends.
	 */
	private boolean tryWrite(List<Pending> group) {
		try {
			boolean[] recorded = transaction.execute(status -> writeGroup(group));
			for (int i = 0; i < group.size(); i++) {
				group.get(i).recorded().complete(recorded[i]);
			}
			return true;
		}
		catch (RuntimeException ex) {
			if (database.failed(ex)) {
				return false;
			}
			log.debug("Recording {} deliveries together failed ({}); recording them one by one", group.size(),
					ex.getMessage());
			for (Pending pending : group) {
				try {
					pending.recorded().complete(transaction.execute(status -> writeGroup(List.of(pending)))[0]);
				}
				catch (RuntimeException failed) {
					pending.recorded().completeExceptionally(failed);
				}
			}
			return true;
		}
	}

	private boolean[] writeGroup(List<Pending> group) {
		var now = SqlTime.at(clock.instant());
		boolean[] recorded = new boolean[group.size()];
		for (var outcome : List.of(Outcome.DELIVERED, Outcome.FAILED, Outcome.DEAD)) {
			var indexes = new ArrayList<Integer>();
			var rows = new ArrayList<Object[]>();
			for (int i = 0; i < group.size(); i++) {
				Completion completion = group.get(i).completion();
				if (completion.attempt().outcome() == outcome) {
					indexes.add(i);
					rows.add(DeliveryLedger.completionParameters(completion, now, engine.value()));
				}
			}
			if (rows.isEmpty()) {
				continue;
			}
			int[] updated = jdbc.batchUpdate(DeliveryLedger.completionUpdate(outcome), rows);
			for (int k = 0; k < indexes.size(); k++) {
				// Drivers may answer SUCCESS_NO_INFO (-2) for a batched statement; the fence makes a lost lease 0.
				recorded[indexes.get(k)] = updated[k] != 0;
			}
		}
		var attempts = new ArrayList<AttemptRecord>();
		for (int i = 0; i < group.size(); i++) {
			if (recorded[i]) {
				attempts.add(group.get(i).attempt());
			}
		}
		AttemptLog.insertAll(jdbc, attempts, engine.value());
		return recorded;
	}

	@PreDestroy
	void stop() throws InterruptedException {
		stopping = true;
		writer.join(TimeUnit.SECONDS.toMillis(30));
	}

}
