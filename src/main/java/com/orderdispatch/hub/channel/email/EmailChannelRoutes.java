package com.orderdispatch.hub.channel.email;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.orderdispatch.hub.config.ConfigApplied;
import com.orderdispatch.hub.config.HubConfig;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one {@code channel-email-<supplierId>} route, made from the {@code channel-email} template, for every
 * supplier with an active email channel: added and removed as the configuration changes. The route reads the
 * supplier's addresses when it sends, so an edit of those needs no new route.
 * <p>
 * Stand-in until the dispatch engine instantiates every channel's template generically; swap it out then.
 */
@Component
class EmailChannelRoutes implements ExtendedStartupListener {

	static final String TEMPLATE = "channel-email";

	private static final Logger log = LoggerFactory.getLogger(EmailChannelRoutes.class);

	private final CamelContext camel;

	private HubConfig latest;

	private boolean camelStarted;

	EmailChannelRoutes(CamelContext camel) throws Exception {
		this.camel = camel;
		// The templates are loaded with the routes/ files while Camel starts; wait for that.
		camel.addStartupListener(this);
	}

	@EventListener
	synchronized void on(ConfigApplied applied) throws Exception {
		latest = applied.config();
		if (camelStarted) {
			synchronise();
		}
	}

	@Override
	public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
		// Routes are added once Camel has fully started (below).
	}

	@Override
	public synchronized void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted)
			throws Exception {
		camelStarted = true;
		if (latest != null) {
			synchronise();
		}
	}

	private void synchronise() throws Exception {
		Set<String> wanted = new TreeSet<>();
		latest.suppliers().values().forEach(supplier -> {
			var email = supplier.channelsOrNone().email();
			if (email != null && email.active()) {
				wanted.add(supplier.id());
			}
		});
		for (Route route : camel.getRoutes()) {
			String supplierId = supplierOf(route.getRouteId());
			if (supplierId != null && !wanted.contains(supplierId)) {
				camel.getRouteController().stopRoute(route.getRouteId());
				camel.removeRoute(route.getRouteId());
				log.info("Email channel route for supplier '{}' removed", supplierId);
			}
		}
		for (String supplierId : wanted) {
			String routeId = TEMPLATE + "-" + supplierId;
			if (camel.getRoute(routeId) == null) {
				camel.addRouteFromTemplate(routeId, TEMPLATE, Map.of("supplierId", supplierId));
				log.info("Email channel route for supplier '{}' added", supplierId);
			}
		}
	}

	private static String supplierOf(String routeId) {
		return routeId != null && routeId.startsWith(TEMPLATE + "-") ? routeId.substring(TEMPLATE.length() + 1)
				: null;
	}

}
