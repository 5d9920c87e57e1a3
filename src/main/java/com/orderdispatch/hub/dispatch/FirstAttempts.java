package com.orderdispatch.hub.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The first attempts one planning transaction claims for this instance's own workers (see
 * {@link FirstAttemptStarter}): deliveries due now on a route sent at once, inserted already claimed, as many as
 * workers are free. {@link #start} hands them over once the transaction has committed; closing gives back the slots
 * of any not handed over (the transaction rolled back, and its rows with it).
 */
public final class FirstAttempts implements AutoCloseable {

	/** For planning that claims nothing and leaves waking the claimer to its caller. */
	static final FirstAttempts NONE = new FirstAttempts(null, null, null, null, null, false);

	private final FirstAttemptStarter starter;

	private final WorkerSlots slots;

	private final Set<String> routeKeys;

	private final Supplier<Set<String>> disabledEndpoints;

	private final Lease lease;

	/** Whether deliveries can be handed to the workers here; if not, all are left for the claimer. */
	private final boolean handOver;

	private Set<String> disabled;

	private final List<Delivery> claimed = new ArrayList<>();

	private int taken;

	private int leftDue;

	/** Who holds the claim and until when, as a claim sets it. */
	record Lease(String engine, Instant until) {
	}

	FirstAttempts(FirstAttemptStarter starter, WorkerSlots slots, Set<String> routeKeys,
			Supplier<Set<String>> disabledEndpoints, Lease lease, boolean handOver) {
		this.handOver = handOver;
		this.starter = starter;
		this.slots = slots;
		this.routeKeys = routeKeys;
		this.disabledEndpoints = disabledEndpoints;
		this.lease = lease;
	}

	/**
	 * Whether this delivery is claimed here as it is inserted: due by {@code now}, on a running route sent at once, to
	 * an endpoint not disabled, with a free worker. A delivery due now and not claimed is left for the claimer.
	 */
	boolean claims(Outbox.Target target, Instant due, Instant now) {
		if (slots == null || due.isAfter(now)) {
			return false;
		}
		if (!routeKeys.contains(target.channel() + ":" + target.recipient().routeKey())) {
			return false;
		}
		if (!handOver) {
			leftDue++;
			return false;
		}
		if (disabled == null) {
			disabled = disabledEndpoints.get();
		}
		if (disabled.contains(target.recipient().id() + ":" + target.channel()) || slots.take(1) == 0) {
			leftDue++;
			return false;
		}
		taken++;
		return true;
	}

	Lease lease() {
		return lease;
	}

	/** A delivery {@link #claims} took, as inserted, to start once the transaction commits. */
	void add(Delivery delivery) {
		claimed.add(delivery);
	}

	/** The planning transaction committed: hands its deliveries to the workers, and wakes the claimer for the rest. */
	public void start() {
		if (slots == null) {
			return;
		}
		if (!claimed.isEmpty()) {
			var handOver = List.copyOf(claimed);
			claimed.clear();
			taken -= handOver.size();
			starter.start(handOver);
		}
		if (leftDue > 0) {
			starter.wakeClaimer();
		}
	}

	@Override
	public void close() {
		if (slots != null && taken > 0) {
			slots.giveBack(taken);
			taken = 0;
		}
	}

}
