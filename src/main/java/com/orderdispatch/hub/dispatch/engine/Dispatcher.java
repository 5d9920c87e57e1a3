package com.orderdispatch.hub.dispatch.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.system.ConnectionFailures;
import com.orderdispatch.hub.system.DatabaseAvailability;
import jakarta.annotation.PreDestroy;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Starts deliveries and bounds the work in flight. First attempts are claimed at commit by the transaction that plans
 * them ({@link #atCommit}) and start when it commits; the rest (retries, another instance's, those no worker was free
 * for) are claimed here ({@link #claim}), at once when woken and on the dispatch-poll route's timer otherwise. Both
 * take worker slots from one count: one per worker, and as many again queued behind them when a queued delivery
 * still ends within its lease; a slot is held until its attempt begins on a worker.
 */
@Component("dispatcher")
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private static final String START_ROUTE = "dispatch-start";

	/** How long a claim for few free workers waits for others to finish too: about what a send takes. */
	private static final long CLAIM_LINGER_NANOS = 2_000_000;

	private final ThreadPoolExecutor workers;

	private final DispatchProperties properties;

	private final DeliveryLedger ledger;

	private final ChannelRoutes routes;

	private final CurrentSettings settings;

	private final EngineId engine;

	private final ProducerTemplate producer;

	private final CamelContext camel;

	private final DatabaseAvailability database;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int capacity;

	/** Slots taken for deliveries not yet begun on a worker (on their way, or queued), nor given back. */
	private int promised;

	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	/** Set when deliveries were left due for want of a free worker; cleared as each claim starts. */
	private final AtomicBoolean maybeDue = new AtomicBoolean();

	private final ExecutorService waker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "dispatch-wakeup");
		thread.setDaemon(true);
		return thread;
	});

	Dispatcher(@Qualifier("dispatchWorkers") ThreadPoolExecutor workers, DispatchProperties properties,
			DeliveryLedger ledger, ChannelRoutes routes, CurrentSettings settings, EngineId engine,
			ProducerTemplate producer, CamelContext camel, DatabaseAvailability database, JdbcClient jdbc,
			Clock clock) {
		this.workers = workers;
		this.properties = properties;
		this.ledger = ledger;
		this.routes = routes;
		this.settings = settings;
		this.engine = engine;
		this.producer = producer;
		this.camel = camel;
		this.database = database;
		this.jdbc = jdbc;
		this.clock = clock;
		boolean queuedEndsWithinLease = properties.sendDeadline().multipliedBy(2).compareTo(properties.lease()) < 0;
		this.capacity = properties.workers() * (queuedEndsWithinLease ? 2 : 1);
	}

	/** For one planning transaction; start it once committed, and close it either way. */
	public CommitClaim atCommit() {
		// Without the route that hands deliveries to the workers (a routes folder older than this class), nothing is
		// claimed at commit: the claim takes them all, instead of their lease running out first.
		var handOver = camel.getRouteController().getRouteStatus(START_ROUTE);
		return new CommitClaim(this, routes.claimKeys(), this::disabledEndpoints, lease(clock.instant()),
				handOver != null && handOver.isStarted());
	}

	/** Claims due deliveries for the free workers; the dispatch-start route hands what it returns to them. */
	public List<Delivery> claim() {
		if (!database.isReachable()) {
			return List.of(); // the outage is logged once, not once per poll
		}
		Set<String> keys = routes.claimKeys();
		int free = free();
		if (free > 0 && free < Math.min(properties.batchSize(), Math.max(1, properties.workers() / 2)) && busy() > 0) {
			// A claim for one worker alone costs a transaction per delivery. While deliveries are queued the
			// workers are busy anyway: claim when more slots are free; otherwise let a few more finish first.
			if (!workers.getQueue().isEmpty()) {
				maybeDue.set(true);
				return List.of();
			}
			LockSupport.parkNanos(CLAIM_LINGER_NANOS);
		}
		// No more than the workers can start now: a claimed row waiting in a queue burns its lease.
		int limit = keys.isEmpty() ? 0 : take(properties.batchSize());
		if (limit <= 0) {
			if (!keys.isEmpty()) {
				maybeDue.set(true); // the next worker to finish claims them
			}
			return List.of();
		}
		List<Delivery> claimed = List.of();
		Instant now = clock.instant();
		try {
			claimed = settings.applied(ledger.claim(DueDeliveries.ROUTED, Map.of("keys", keys), limit, lease(now), now));
		}
		catch (RuntimeException ex) {
			if (!database.failed(ex)) {
				throw ex;
			}
		}
		finally {
			giveBack(limit - claimed.size());
		}
		if (claimed.size() >= limit) {
			wake(); // more are probably due: go again at once, or as soon as a worker is free
		}
		return claimed;
	}

	public DeliveryLedger.Lease lease(Instant now) {
		return new DeliveryLedger.Lease(engine.value(), now.plus(properties.lease()));
	}

	/** Hands deliveries claimed at commit to the workers. */
	void start(List<Delivery> claimed) {
		try {
			producer.sendBody("direct:" + START_ROUTE, settings.applied(claimed));
		}
		catch (RuntimeException ex) {
			giveBack(claimed.size());
			log.warn("{} deliveries committed could not be started; they are claimed again when their lease ends: {}",
					claimed.size(), ex.getMessage());
		}
	}

	/** Deliveries are due now: claim them. However many ask at once, one claim runs and one more waits. */
	public void wake() {
		maybeDue.set(true);
		if (wakeQueued.compareAndSet(false, true) && !waker.isShutdown()) {
			try {
				waker.execute(this::claimNow);
			}
			catch (RejectedExecutionException ex) {
				wakeQueued.set(false);
			}
		}
	}

	@EventListener
	void on(DeliveriesDue due) {
		wake();
	}

	private void claimNow() {
		wakeQueued.set(false);
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

	/** A delivery's attempt began on a worker: the worker is active now, its slot is released. */
	synchronized void begun() {
		promised = Math.max(0, promised - 1);
	}

	/** A worker is about to be free: claim for it if deliveries were left waiting. */
	void workerFree() {
		if (maybeDue.get()) {
			wake();
		}
	}

	/** Takes up to {@code wanted} slots; each is then handed over with a delivery or given back. */
	synchronized int take(int wanted) {
		int taken = Math.min(wanted, free());
		promised += taken;
		return taken;
	}

	synchronized void giveBack(int slots) {
		promised = Math.max(0, promised - slots);
	}

	synchronized int free() {
		return Math.max(0, capacity - busy());
	}

	/** Workers sending, and slots taken for deliveries on their way to them or queued for them. */
	synchronized int busy() {
		return workers.getActiveCount() + promised;
	}

	/** {@code recipient:channel} of each endpoint disabled after a 410: never claimed at commit either. */
	private Set<String> disabledEndpoints() {
		return new HashSet<>(jdbc.sql("select supplier_id || ':' || channel from disabled_endpoint")
			.query(String.class)
			.list());
	}

	@PreDestroy
	void stop() {
		waker.shutdownNow();
	}

}
