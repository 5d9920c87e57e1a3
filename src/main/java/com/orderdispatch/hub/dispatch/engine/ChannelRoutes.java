package com.orderdispatch.hub.dispatch.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdispatch.hub.dispatch.channel.Channel;
import com.orderdispatch.hub.dispatch.channel.DueTime;
import com.orderdispatch.hub.dispatch.channel.RetailerChannels;
import com.orderdispatch.hub.config.ConfigApplied;
import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.RouteFilesApplied;
import com.orderdispatch.hub.dispatch.Recipient;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the configuration into routes: one instance of the template {@code channel-<channel>} per recipient and
 * channel ({@link RouteKey}: route id and endpoint {@code channel-<channel>-<recipient>}). A valid configuration
 * edit replaces only the routes whose parameters changed; stopping a route is graceful, so in-flight deliveries
 * finish, and a sender arriving meanwhile waits on the direct endpoint until the new route is up.
 */
@Component
public class ChannelRoutes implements CamelContextConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ChannelRoutes.class);

	private final CamelContext camel;

	private final RunningChannels channels;

	private final LiveConfig config;

	private final DeliveryLedger ledger;

	private final ApplicationEventPublisher events;

	private final List<RetailerChannels> retailerChannels;

	private final Map<RouteKey, Map<String, Object>> running = new HashMap<>();

	private volatile boolean started;

	private volatile Set<String> claimKeys = Set.of();

	ChannelRoutes(CamelContext camel, RunningChannels channels, LiveConfig config, DeliveryLedger ledger,
			ApplicationEventPublisher events, List<RetailerChannels> retailerChannels) {
		this.camel = camel;
		this.channels = channels;
		this.config = config;
		this.ledger = ledger;
		this.events = events;
		this.retailerChannels = retailerChannels;
	}

	/**
	 * {@link RouteKey#claimKey()} of every route that exists and is sent to at once: the only deliveries the
	 * dispatcher claims. Scheduled channels' deliveries are left to their channel (see ScheduledDeliveries).
	 */
	public Set<String> claimKeys() {
		return claimKeys;
	}

	@Override
	public void beforeApplicationStart(CamelContext camelContext) {
	}

	@Override
	public void afterApplicationStart(CamelContext camelContext) {
		started = true;
		apply(config.current());
	}

	@EventListener
	void on(ConfigApplied event) {
		if (started) {
			apply(event.config());
		}
	}

	/** A route file was edited: its templates may have changed, so every channel route is made anew from them. */
	@EventListener
	synchronized void on(RouteFilesApplied event) {
		if (!started) {
			return;
		}
		Model model = camel.getCamelContextExtension().getContextPlugin(Model.class);
		for (var key : List.copyOf(running.keySet())) {
			attempt(key, () -> remove(model, key));
		}
		apply(config.current());
	}

	synchronized void apply(HubConfig hubConfig) {
		Model model = camel.getCamelContextExtension().getContextPlugin(Model.class);
		Map<RouteKey, Map<String, Object>> wanted = new HashMap<>();
		var immediate = new HashSet<RouteKey>();
		for (Channel<?> channel : channels.all()) {
			for (var supplier : hubConfig.suppliers().values()) {
				var key = new RouteKey(channel.name(), Recipient.supplier(supplier.id()));
				channels.routeParameters(channel, supplier).ifPresent(parameters -> {
					wanted.put(key, withRecipient(parameters, key));
					if (channels.due(channel, supplier).orElseThrow() instanceof DueTime.Now) {
						immediate.add(key);
					}
				});
			}
		}
		for (RetailerChannels retailerChannel : retailerChannels) {
			for (var retailer : hubConfig.retailers().values()) {
				retailerChannel.routes(retailer).forEach((channel, parameters) -> {
					var key = new RouteKey(channel, Recipient.retailer(retailer.id()));
					wanted.put(key, withRecipient(parameters, key));
					immediate.add(key);
				});
			}
		}
		wanted.keySet().removeIf(key -> model.getRouteTemplateDefinition(key.template()) == null);
		var changedEndpoints = new ArrayList<RouteKey>();
		for (var key : List.copyOf(running.keySet())) {
			if (!running.get(key).equals(wanted.get(key))) {
				if (wanted.containsKey(key)) {
					changedEndpoints.add(key);
				}
				attempt(key, () -> remove(model, key));
			}
		}
		for (var entry : wanted.entrySet()) {
			if (!running.containsKey(entry.getKey())) {
				// One recipient's route failing must not keep the others from starting.
				attempt(entry.getKey(), () -> add(entry.getKey(), entry.getValue()));
			}
		}
		changedEndpoints.forEach(this::reenable);
		claimKeys = Set.copyOf(running.keySet().stream().filter(immediate::contains).map(RouteKey::claimKey).toList());
	}

	/** The template's own parameters and the recipient's part of the route id ({@code supplierId} in templates). */
	private static Map<String, Object> withRecipient(Map<String, Object> parameters, RouteKey key) {
		var all = new HashMap<>(parameters);
		all.put("supplierId", key.recipient().routeKey());
		return all;
	}

	/** New settings for a supplier endpoint that answered 410: the block no longer applies. */
	private void reenable(RouteKey key) {
		if (key.recipient().kind() == Recipient.Kind.RETAILER) {
			// A retailer's endpoint: its 410 block is lifted by an admin's retry or replay.
			return;
		}
		int resent = ledger.reenable(key.recipient().id(), key.channel());
		if (resent > 0) {
			log.info("The {} endpoint of {} has new settings: {} deliveries it had refused with 410 go out again",
					key.channel(), key.recipient().id(), resent);
			events.publishEvent(new DeliveriesDue(resent));
		}
	}

	private void add(RouteKey key, Map<String, Object> parameters) throws Exception {
		TemplatedRouteBuilder.builder(camel, key.template()).routeId(key.routeId()).parameters(parameters).add();
		running.put(key, parameters);
		log.info("Channel route {} started", key.routeId());
	}

	private static void attempt(RouteKey key, RouteChange change) {
		try {
			change.run();
		}
		catch (Exception ex) {
			log.error("Channel route {} could not be brought in line with the configuration", key.routeId(), ex);
		}
	}

	private interface RouteChange {

		void run() throws Exception;

	}

	private void remove(Model model, RouteKey key) throws Exception {
		String routeId = key.routeId();
		camel.getRouteController().stopRoute(routeId);
		var definition = model.getRouteDefinition(routeId);
		if (definition != null) {
			model.removeRouteDefinition(definition);
		}
		camel.removeRoute(routeId);
		running.remove(key);
		log.info("Channel route {} removed", routeId);
	}

}
