package com.orderdispatch.hub.dispatch.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.Outbox;

/**
 * The first attempts one planning transaction claims for this instance's workers ({@link Dispatcher#atCommit}):
 * deliveries due now on a route sent at once, inserted already claimed, as many as workers are free. {@link #start}
 * hands them over once the transaction has committed; closing gives back the worker slots of any not handed over
 * (the transaction rolled back, and its rows with it).
 */
public final class CommitClaim implements AutoCloseable {

	/** For planning that claims nothing and leaves waking the dispatcher to its caller. */
	public static final CommitClaim NONE = new CommitClaim(null, Set.of(), Set::of, null, false);

	private final Dispatcher dispatcher;

	private final Set<String> claimKeys;

	private final Supplier<Set<String>> disabledEndpoints;

	private final DeliveryLedger.Lease lease;

	/** Whether deliveries can be handed to the workers here; if not, all are left for the claim. */
	private final boolean handOver;

	private Set<String> disabled;

	private final List<Delivery> claimed = new ArrayList<>();

	private int taken;

	private int leftDue;

	CommitClaim(Dispatcher dispatcher, Set<String> claimKeys, Supplier<Set<String>> disabledEndpoints,
			DeliveryLedger.Lease lease, boolean handOver) {
		this.dispatcher = dispatcher;
		this.claimKeys = claimKeys;
		this.disabledEndpoints = disabledEndpoints;
		this.lease = lease;
		this.handOver = handOver;
	}

	/**
	 * Whether this delivery is claimed as it is inserted: due by {@code now}, on a running route sent at once, to an
	 * endpoint not disabled, with a free worker. A delivery due now and not claimed is left for the claim.
	 */
	public boolean claims(Outbox.Target target, Instant due, Instant now) {
		if (dispatcher == null || due.isAfter(now)) {
			return false;
		}
		if (!claimKeys.contains(new RouteKey(target.channel(), target.recipient()).claimKey())) {
			return false;
		}
		if (!handOver) {
			leftDue++;
			return false;
		}
		if (disabled == null) {
			disabled = disabledEndpoints.get();
		}
		if (disabled.contains(target.recipient().id() + ":" + target.channel()) || dispatcher.take(1) == 0) {
			leftDue++;
			return false;
		}
		taken++;
		return true;
	}

	public DeliveryLedger.Lease lease() {
		return lease;
	}

	/** The deliveries {@link #claims} took, as inserted, to start once the transaction commits. */
	public void add(List<Delivery> inserted) {
		claimed.addAll(inserted);
	}

	/** The planning transaction committed: hands its deliveries to the workers, and wakes the claim for the rest. */
	public void start() {
		if (dispatcher == null) {
			return;
		}
		if (!claimed.isEmpty()) {
			var handedOver = List.copyOf(claimed);
			claimed.clear();
			taken -= handedOver.size();
			dispatcher.start(handedOver);
		}
		if (leftDue > 0) {
			dispatcher.wake();
		}
	}

	@Override
	public void close() {
		if (dispatcher != null && taken > 0) {
			dispatcher.giveBack(taken);
			taken = 0;
		}
	}

}
