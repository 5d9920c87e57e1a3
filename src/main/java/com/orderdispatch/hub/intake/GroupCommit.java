package com.orderdispatch.hub.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.order.NewOrder;
import com.orderdispatch.hub.order.PlacedOrder;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Intake's group commit: orders that arrive together are committed together. Each request thread hands its order
 * over and waits; a committer takes every order waiting (lingering up to {@code max-wait} for more, at most
 * {@code max-orders}) and writes them in one transaction with batched inserts ({@link BatchWriter}). Each caller is
 * answered only after the transaction holding its order committed, with its own order or its own failure.
 */
@Component
class GroupCommit {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	record Pending(NewOrder order, HubConfig config, CompletableFuture<PlacedOrder> result) {
	}

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final BatchWriter writer;

	private final int maxOrders;

	private final long maxWaitNanos;

	private final List<Thread> committers = new ArrayList<>();

	private volatile boolean stopping;

	GroupCommit(BatchWriter writer, GroupCommitProperties properties) {
		this.writer = writer;
		this.maxOrders = Math.max(1, properties.maxOrders());
		this.maxWaitNanos = properties.maxWait().toNanos();
		for (int i = 1; i <= Math.max(1, properties.committers()); i++) {
			Thread thread = new Thread(this::commitWhileRunning, "intake-commit-" + i);
			thread.setDaemon(true);
			this.committers.add(thread);
			thread.start();
		}
	}

	/** Commits the order with whatever else is waiting; returns once it is durable, or throws its own failure. */
	PlacedOrder place(NewOrder order, HubConfig config) {
		if (stopping) {
			throw new IllegalStateException("the hub is stopping");
		}
		var pending = new Pending(order, config, new CompletableFuture<>());
		queue.add(pending);
		try {
			// Bounded only so that an order queued while the hub stops cannot wait forever.
			return pending.result().get(2, TimeUnit.MINUTES);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("the order was not committed in time", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the order was being committed", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private void commitWhileRunning() {
		while (!stopping || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first != null) {
					// A repeated reference waits for the next group, after the first has committed.
					queue.addAll(writer.write(collect(first)));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// BatchWriter answers every caller itself; this is a bug, not an order's failure.
				log.error("Group commit failed unexpectedly", ex);
			}
		}
	}

	/** The first order and whatever joins it within max-wait, up to max-orders. */
	private List<Pending> collect(Pending first) throws InterruptedException {
		var batch = new ArrayList<Pending>(Math.min(maxOrders, 64));
		batch.add(first);
		queue.drainTo(batch, maxOrders - 1);
		long deadline = System.nanoTime() + maxWaitNanos;
		while (batch.size() < maxOrders) {
			long remaining = deadline - System.nanoTime();
			Pending next = remaining > 0 ? queue.poll(remaining, TimeUnit.NANOSECONDS) : null;
			if (next == null) {
				break;
			}
			batch.add(next);
			queue.drainTo(batch, maxOrders - batch.size());
		}
		return batch;
	}

	@PreDestroy
	void stop() throws InterruptedException {
		stopping = true;
		for (Thread committer : committers) {
			committer.join(TimeUnit.SECONDS.toMillis(30));
		}
		Pending left;
		while ((left = queue.poll()) != null) {
			left.result().completeExceptionally(new IllegalStateException("the hub is stopping"));
		}
	}

}
