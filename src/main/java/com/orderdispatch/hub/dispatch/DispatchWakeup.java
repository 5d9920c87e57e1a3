package com.orderdispatch.hub.dispatch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs the claim route as soon as an order commits instead of waiting for the next poll. Wake-ups are coalesced:
 * however many orders commit at once, at most one claim runs and one more waits, so a burst costs a few claims.
 */
@Component
public class DispatchWakeup {

	private static final Logger log = LoggerFactory.getLogger(DispatchWakeup.class);

	private final ProducerTemplate producer;

	private final AtomicBoolean queued = new AtomicBoolean();

	private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "dispatch-wakeup");
		thread.setDaemon(true);
		return thread;
	});

	DispatchWakeup(Outbox outbox, ProducerTemplate producer) {
		this.producer = producer;
		outbox.onCommitted(this::wake);
	}

	public void wake() {
		if (queued.compareAndSet(false, true) && !runner.isShutdown()) {
			try {
				runner.execute(this::claimNow);
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				queued.set(false);
			}
		}
	}

	private void claimNow() {
		queued.set(false);
		try {
			producer.sendBody("direct:dispatch-claim", null);
		}
		catch (RuntimeException ex) {
			// The poll picks the deliveries up; nothing is lost by a wake-up that failed.
			log.warn("Immediate dispatch failed, the next poll retries: {}", ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		runner.shutdownNow();
	}

}
