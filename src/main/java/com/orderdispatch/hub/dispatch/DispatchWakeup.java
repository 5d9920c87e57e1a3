package com.orderdispatch.hub.dispatch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.orderdispatch.hub.system.ConnectionFailures;
import jakarta.annotation.PreDestroy;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs the claim route as soon as deliveries are due instead of waiting for the next poll. Wake-ups are coalesced:
 * however many orders commit at once, at most one claim runs and one more waits, so a burst costs a few claims. A
 * worker that finishes claims again only while deliveries may be waiting for one (most first attempts are handed to
 * the workers by the transaction that plans them, see {@link FirstAttempts}); retries and other instances' deliveries
 * are the poll's.
 */
@Component
public class DispatchWakeup {

	private static final Logger log = LoggerFactory.getLogger(DispatchWakeup.class);

	private final ProducerTemplate producer;

	private final AtomicBoolean queued = new AtomicBoolean();

	/** Set when deliveries were left due for want of a free worker; cleared as each claim starts. */
	private final AtomicBoolean maybeDue = new AtomicBoolean();

	private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "dispatch-wakeup");
		thread.setDaemon(true);
		return thread;
	});

	DispatchWakeup(Outbox outbox, ProducerTemplate producer) {
		this.producer = producer;
		outbox.onCommitted(this::wake);
	}

	/** Deliveries are due now: claim them. */
	public void wake() {
		maybeDue.set(true);
		if (queued.compareAndSet(false, true) && !runner.isShutdown()) {
			try {
				runner.execute(this::claimNow);
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				queued.set(false);
			}
		}
	}

	/** A worker is about to be free: claim for it if deliveries were left waiting. */
	void workerFree() {
		if (maybeDue.get()) {
			wake();
		}
	}

	/** The claim just run left deliveries due (no worker was free): the next worker to finish claims them. */
	void stillDue() {
		maybeDue.set(true);
	}

	private void claimNow() {
		queued.set(false);
		maybeDue.set(false);
		try {
			producer.sendBody("direct:dispatch-claim", null);
		}
		catch (RuntimeException ex) {
			// The poll picks the deliveries up; nothing is lost by a wake-up that failed. An outage is logged once.
			if (!ConnectionFailures.isConnectionFailure(ex)) {
				log.warn("Immediate dispatch failed, the next poll retries: {}", ex.getMessage());
			}
		}
	}

	@PreDestroy
	void stop() {
		runner.shutdownNow();
	}

}
