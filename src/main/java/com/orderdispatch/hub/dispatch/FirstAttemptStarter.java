package com.orderdispatch.hub.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Starts first attempts without a claim. Intake's group commit plans its deliveries with {@link #open}: those due
 * now on a route sent at once are inserted already claimed by this instance, under the lease a claim would give
 * them, and handed to the workers as soon as the transaction commits. A claim would have cost a transaction (and on
 * H2 a chunk written) per group, and the wait for it. Another instance never sees them due before the lease ends; if
 * this one dies first, they are claimed again then, as after any claim.
 */
@Component
public class FirstAttemptStarter {

	private static final Logger log = LoggerFactory.getLogger(FirstAttemptStarter.class);

	private static final String START_ROUTE = "dispatch-start";

	private final WorkerSlots slots;

	private final ChannelRoutes routes;

	private final DeliveryClaims claims;

	private final JdbcClient jdbc;

	private final EngineId engine;

	private final DispatchProperties properties;

	private final ProducerTemplate producer;

	private final DispatchWakeup wakeup;

	private final Clock clock;

	private final CamelContext camel;

	FirstAttemptStarter(WorkerSlots slots, ChannelRoutes routes, DeliveryClaims claims, JdbcClient jdbc,
			EngineId engine, DispatchProperties properties, ProducerTemplate producer, DispatchWakeup wakeup,
			Clock clock, CamelContext camel) {
		this.camel = camel;
		this.slots = slots;
		this.routes = routes;
		this.claims = claims;
		this.jdbc = jdbc;
		this.engine = engine;
		this.properties = properties;
		this.producer = producer;
		this.wakeup = wakeup;
		this.clock = clock;
	}

	/** For one planning transaction; start it once committed, and close it either way. */
	public FirstAttempts open() {
		Instant now = clock.instant();
		// Without the route that hands deliveries to the workers (a routes folder older than this class), nothing is
		// claimed here: the claimer takes them all, instead of their lease running out first.
		var handOver = camel.getRouteController().getRouteStatus(START_ROUTE);
		return new FirstAttempts(this, slots, routes.routeKeys(), this::disabledEndpoints,
				new FirstAttempts.Lease(engine.value(), now.plus(properties.lease())),
				handOver != null && handOver.isStarted());
	}

	/** {@code recipient:channel} of each endpoint disabled after repeated failures: the claimer skips them too. */
	private Set<String> disabledEndpoints() {
		return new HashSet<>(jdbc.sql("select supplier_id || ':' || channel from disabled_endpoint")
			.query(String.class)
			.list());
	}

	void start(List<Delivery> claimed) {
		try {
			producer.sendBody("direct:" + START_ROUTE, claims.withCurrentSettings(claimed));
		}
		catch (RuntimeException ex) {
			slots.giveBack(claimed.size());
			log.warn("{} deliveries committed could not be started; they are claimed again when their lease ends: {}",
					claimed.size(), ex.getMessage());
		}
	}

	void wakeClaimer() {
		wakeup.wake();
	}

}
