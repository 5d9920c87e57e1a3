package com.orderdispatch.hub.dispatch;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * How many more deliveries this instance's workers can take now: one per worker, and as many again queued behind them
 * when a queued delivery still ends within its lease. A claimed row burns its lease while it waits; a queued one waits
 * for at most one send per worker, each cut at the send deadline, and then takes one of its own, so the queue is
 * allowed only while twice the deadline is shorter than the lease. The queue keeps the workers busy while the claimer
 * gathers the next batch. The claimer and intake's group commits claim side by side, so each takes its slots here
 * first; a slot is held until its delivery's attempt begins on a worker ({@link DeliveryRecorder#begin}), whatever
 * route carried it there, and from then on the worker counts as active.
 */
@Component
class WorkerSlots {

	private final ThreadPoolExecutor workers;

	private final int size;

	/** Taken for deliveries not yet begun on a worker (on their way, or queued), nor given back. */
	private int promised;

	WorkerSlots(@Qualifier("dispatchWorkers") ThreadPoolExecutor workers, DispatchProperties properties) {
		this.workers = workers;
		boolean queuedEndsWithinLease = properties.sendDeadline().multipliedBy(2).compareTo(properties.lease()) < 0;
		this.size = properties.workers() * (queuedEndsWithinLease ? 2 : 1);
	}

	/** Whether deliveries wait in the queue for a worker: the workers stay busy a while yet. */
	boolean queued() {
		return !workers.getQueue().isEmpty();
	}

	/** Workers sending, and slots taken for deliveries on their way to them or queued for them. */
	synchronized int busy() {
		return workers.getActiveCount() + promised;
	}

	synchronized int free() {
		return Math.max(0, size - busy());
	}

	/** Takes up to {@code wanted} slots; each is then handed over with a delivery or given back. */
	synchronized int take(int wanted) {
		int taken = Math.min(wanted, free());
		promised += taken;
		return taken;
	}

	/** Slots taken and not used: no delivery was claimed for them, or it could not be handed to the workers. */
	synchronized void giveBack(int slots) {
		promised = Math.max(0, promised - slots);
	}

	/** A delivery's attempt began on a worker: the worker is active now, its slot is released. */
	synchronized void begun() {
		promised = Math.max(0, promised - 1);
	}

}
