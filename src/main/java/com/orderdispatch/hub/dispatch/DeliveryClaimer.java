package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import com.orderdispatch.hub.system.DatabaseAvailability;

import org.springframework.stereotype.Component;

/**
 * Claims a batch of due deliveries for this instance's workers (see {@link DeliveryClaims} for the lease). Only
 * deliveries with a running channel route that is sent to at once are claimed: scheduled channels claim their own.
 */
@Component("deliveryClaimer")
public class DeliveryClaimer {

	/** Only deliveries of a running route that is sent to at once; the key is the route's channel and recipient. */
	static final String ROUTED = """
			(d.channel || ':' || case when d.recipient_type = 'retailer' then 'retailer.' || d.supplier_id
			                          else d.supplier_id end) in (:keys)""";

	private final DeliveryClaims claims;

	private final ChannelRoutes routes;

	private final DispatchProperties properties;

	private final DispatchWakeup wakeup;

	private final Clock clock;

	private final WorkerSlots slots;

	private final DatabaseAvailability database;

	DeliveryClaimer(DeliveryClaims claims, ChannelRoutes routes, DispatchProperties properties, DispatchWakeup wakeup,
			Clock clock, WorkerSlots slots, DatabaseAvailability database) {
		this.slots = slots;
		this.database = database;
		this.claims = claims;
		this.routes = routes;
		this.properties = properties;
		this.wakeup = wakeup;
		this.clock = clock;
	}

	private static final long CLAIM_LINGER_NANOS = 2_000_000;

	/** Claims for the free workers; the dispatch-start route hands what it returns to them. */
	public List<Delivery> claim() {
		if (!database.isReachable()) {
			// Nothing can be claimed; the outage is logged once, not once per poll.
			return List.of();
		}
		var keys = routes.routeKeys();
		int free = slots.free();
		if (free > 0 && free < Math.min(properties.batchSize(), Math.max(1, properties.workers() / 2))
				&& slots.busy() > 0) {
			// Each worker that finishes wakes the claimer; a claim for that one worker alone costs a transaction per
			// delivery. While deliveries are queued the workers are busy anyway: claim when more slots are free.
			// Otherwise give the others a moment to finish too (about what a send takes) and claim for them together.
			if (slots.queued()) {
				wakeup.stillDue();
				return List.of();
			}
			LockSupport.parkNanos(CLAIM_LINGER_NANOS);
		}
		// Claim no more than the workers can start now: a claimed row waiting in a queue would burn its lease.
		int limit = keys.isEmpty() ? 0 : slots.take(properties.batchSize());
		if (limit <= 0) {
			if (!keys.isEmpty()) {
				wakeup.stillDue();
			}
			return List.of();
		}
		List<Delivery> claimed = List.of();
		try {
			claimed = claims.claim(ROUTED, Map.of("keys", keys), limit, clock.instant());
		}
		catch (RuntimeException ex) {
			if (!database.failed(ex)) {
				throw ex;
			}
		}
		finally {
			slots.giveBack(limit - claimed.size());
		}
		if (claimed.size() >= limit) {
			// More are probably due: go again at once (or as soon as a worker is free) rather than at the next poll.
			wakeup.wake();
		}
		return claimed;
	}

}
