package com.orderdispatch.hub.dispatch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdispatch.hub.config.ConfigApplied;
import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.RouteFilesApplied;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the supplier configuration into routes: one instance of the template {@code channel-<channel>} per supplier
 * and channel, with route id and endpoint {@code channel-<channel>-<supplierId>}. A valid configuration edit replaces
 * only the routes whose parameters changed; stopping a route is graceful, so in-flight deliveries finish, and a
 * sender arriving meanwhile waits on the direct endpoint until the new route is up.
 */
@Component
public class ChannelRoutes implements CamelContextConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ChannelRoutes.class);

	private final CamelContext camel;

	private final RunningChannels channels;

	private final LiveConfig config;

	private final DeliveryRecovery recovery;

	private final Map<String, Map<String, Object>> running = new HashMap<>();

	private volatile boolean started;

	private volatile Set<String> routeKeys = Set.of();

	private final List<RetailerChannels> retailerChannels;

	ChannelRoutes(CamelContext camel, RunningChannels channels, LiveConfig config,
			DeliveryRecovery recovery, List<RetailerChannels> retailerChannels) {
		this.retailerChannels = retailerChannels;
		this.recovery = recovery;
		this.camel = camel;
		this.channels = channels;
		this.config = config;
	}

	/**
	 * {@code channel:recipient} of every route that exists and is sent to at once: the only deliveries the general
	 * claimer takes. Scheduled channels' deliveries are left to their channel (see {@link ScheduledDeliveries}).
	 */
	public Set<String> routeKeys() {
		return routeKeys;
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
		for (var routeId : List.copyOf(running.keySet())) {
			attempt(routeId, () -> remove(model, routeId));
		}
		apply(config.current());
	}

	synchronized void apply(HubConfig hubConfig) {
		Model model = camel.getCamelContextExtension().getContextPlugin(Model.class);
		Map<String, Map<String, Object>> wanted = new HashMap<>();
		Map<String, String> templates = new HashMap<>();
		var immediate = new java.util.HashSet<String>();
		for (Channel<?> channel : channels.all()) {
			String template = "channel-" + channel.name();
			if (model.getRouteTemplateDefinition(template) == null) {
				continue;
			}
			for (var supplier : hubConfig.suppliers().values()) {
				channels.routeParameters(channel, supplier).ifPresent(parameters -> {
					var all = new HashMap<>(parameters);
					all.put("supplierId", supplier.id());
					wanted.put(template + "-" + supplier.id(), all);
					templates.put(template + "-" + supplier.id(), template);
					if (channels.due(channel, supplier).orElseThrow() instanceof DueTime.Now) {
						immediate.add(template + "-" + supplier.id());
					}
				});
			}
		}
		for (RetailerChannels retailerChannel : retailerChannels) {
			for (var retailer : hubConfig.retailers().values()) {
				retailerChannel.routes(retailer).forEach((channel, parameters) -> {
					String template = "channel-" + channel;
					if (model.getRouteTemplateDefinition(template) == null) {
						return;
					}
					String recipient = Recipient.retailer(retailer.id()).routeKey();
					var all = new HashMap<>(parameters);
					all.put("supplierId", recipient);
					wanted.put(template + "-" + recipient, all);
					templates.put(template + "-" + recipient, template);
					immediate.add(template + "-" + recipient);
				});
			}
		}
		var changedEndpoints = new java.util.ArrayList<String>();
		for (var routeId : List.copyOf(running.keySet())) {
			if (!running.get(routeId).equals(wanted.get(routeId))) {
				if (wanted.containsKey(routeId)) {
					changedEndpoints.add(routeId);
				}
				attempt(routeId, () -> remove(model, routeId));
			}
		}
		for (var entry : wanted.entrySet()) {
			if (!running.containsKey(entry.getKey())) {
				// One supplier's route failing must not keep the others from starting.
				attempt(entry.getKey(), () -> add(templates.get(entry.getKey()), entry.getKey(), entry.getValue()));
			}
		}
		changedEndpoints.forEach(this::reenable);
		routeKeys = Set.copyOf(running.keySet().stream().filter(immediate::contains)
			.map(id -> id.substring("channel-".length()))
			.map(rest -> rest.replaceFirst("-", ":"))
			.toList());
	}

	/** New settings for an endpoint that answered 410: the block no longer applies. */
	private void reenable(String routeId) {
		if (routeId.contains("-retailer.")) {
			// A retailer's endpoint: its 410 block is lifted by an admin's retry or replay.
			return;
		}
		String templateId = templateOf(routeId);
		String channel = templateId.substring("channel-".length());
		String supplierId = routeId.substring(templateId.length() + 1);
		int resent = recovery.reenable(supplierId, channel);
		if (resent > 0) {
			log.info("The {} endpoint of {} has new settings: {} deliveries it had refused with 410 go out again",
					channel, supplierId, resent);
		}
	}

	private String templateOf(String routeId) {
		return channels.names().stream()
			.map(channel -> "channel-" + channel)
			.filter(template -> routeId.startsWith(template + "-"))
			.findFirst()
			.orElseThrow();
	}

	private void add(String template, String routeId, Map<String, Object> parameters) throws Exception {
		TemplatedRouteBuilder.builder(camel, template).routeId(routeId).parameters(parameters).add();
		running.put(routeId, parameters);
		log.info("Channel route {} started", routeId);
	}

	private static void attempt(String routeId, RouteChange change) {
		try {
			change.run();
		}
		catch (Exception ex) {
			log.error("Channel route {} could not be brought in line with the configuration", routeId, ex);
		}
	}

	private interface RouteChange {

		void run() throws Exception;

	}

	private void remove(Model model, String routeId) throws Exception {
		camel.getRouteController().stopRoute(routeId);
		var definition = model.getRouteDefinition(routeId);
		if (definition != null) {
			model.removeRouteDefinition(definition);
		}
		camel.removeRoute(routeId);
		running.remove(routeId);
		log.info("Channel route {} removed", routeId);
	}

}
