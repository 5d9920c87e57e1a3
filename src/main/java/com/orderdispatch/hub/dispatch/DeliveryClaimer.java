package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.locks.LockSupport;

import org.springframework.beans.factory.annotation.Qualifier;
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

	private final ThreadPoolExecutor workers;

	DeliveryClaimer(DeliveryClaims claims, ChannelRoutes routes,
			DispatchProperties properties, DispatchWakeup wakeup, Clock clock,
			@Qualifier("dispatchWorkers") ThreadPoolExecutor workers) {
		this.workers = workers;
		this.claims = claims;
		this.routes = routes;
		this.properties = properties;
		this.wakeup = wakeup;
		this.clock = clock;
	}

	private static final long CLAIM_LINGER_NANOS = 2_000_000;

	private int busyWorkers() {
		return workers.getActiveCount() + workers.getQueue().size();
	}

	private int freeWorkers() {
		return Math.min(properties.batchSize(), properties.workers() - busyWorkers());
	}

	public List<Delivery> claim() {
		var keys = routes.routeKeys();
		// Claim no more than the workers can start now: a claimed row waiting in a queue would burn its lease.
		int limit = freeWorkers();
		if (limit > 0 && limit < Math.min(properties.batchSize(), Math.max(1, properties.workers() / 2))
				&& busyWorkers() > 0) {
			// Each worker that finishes wakes the claimer; a claim for that one worker alone costs a transaction per
			// delivery. Give the others a moment to finish too (about what a send takes) and claim for them together.
			LockSupport.parkNanos(CLAIM_LINGER_NANOS);
			limit = freeWorkers();
		}
		if (keys.isEmpty() || limit <= 0) {
			return List.of();
		}
		List<Delivery> claimed = claims.claim(ROUTED, Map.of("keys", keys), limit, clock.instant());
		if (claimed.size() >= limit) {
			// More are probably due: go again at once (or as soon as a worker is free) rather than at the next poll.
			wakeup.wake();
		}
		return claimed;
	}

}
