package com.orderdispatch.hub.inbound;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.config.ConfigApplied;
import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.SupplierConfig;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One inbound route per supplier with {@code inbound} configured, made from the template {@code inbound-sftp} or
 * {@code inbound-directory} (routes/inbound-status-files.camel.yaml), with route id {@code inbound-<supplierId>}.
 * A valid configuration edit remakes only the routes whose settings changed.
 */
@Component
class InboundRoutes implements CamelContextConfiguration {

	private static final Logger log = LoggerFactory.getLogger(InboundRoutes.class);

	private final CamelContext camel;

	private final LiveConfig config;

	private final Map<String, Map<String, Object>> running = new HashMap<>();

	private volatile boolean started;

	InboundRoutes(CamelContext camel, LiveConfig config) {
		this.camel = camel;
		this.config = config;
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

	synchronized void apply(HubConfig hubConfig) {
		var wanted = new HashMap<String, Map<String, Object>>();
		for (SupplierConfig supplier : hubConfig.suppliers().values()) {
			var parameters = parameters(supplier);
			if (parameters != null) {
				wanted.put("inbound-" + supplier.id(), parameters);
			}
		}
		for (String routeId : List.copyOf(running.keySet())) {
			if (!running.get(routeId).equals(wanted.get(routeId))) {
				attempt(routeId, () -> remove(routeId));
			}
		}
		wanted.forEach((routeId, parameters) -> {
			if (!running.containsKey(routeId)) {
				attempt(routeId, () -> add(routeId, parameters));
			}
		});
	}

	/** The template and its parameters for a supplier, or null when it drops no status files. */
	static Map<String, Object> parameters(SupplierConfig supplier) {
		var inbound = supplier.inbound();
		if (inbound == null || !inbound.active()) {
			return null;
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("supplierId", supplier.id());
		parameters.put("directory", inbound.directory());
		parameters.put("pollMillis", Long.toString(1000L * (inbound.pollSeconds() == null ? 10 : inbound.pollSeconds())));
		parameters.put("settleMillis",
				Long.toString(1000L * (inbound.settleSeconds() == null ? 2 : inbound.settleSeconds())));
		if (inbound.sftp()) {
			parameters.put("template", "inbound-sftp");
			parameters.put("host", inbound.host());
			parameters.put("port", Integer.toString(inbound.port() == null ? 22 : inbound.port()));
			parameters.put("username", inbound.username());
			parameters.put("password", inbound.password() == null ? "" : inbound.password());
			boolean pinned = inbound.knownHosts() != null && !inbound.knownHosts().isBlank();
			parameters.put("strictHostKeyChecking", pinned ? "yes" : "no");
			parameters.put("knownHosts", pinned ? inbound.knownHosts().strip() : "");
		}
		else {
			parameters.put("template", "inbound-directory");
		}
		return parameters;
	}

	private void add(String routeId, Map<String, Object> parameters) throws Exception {
		var templateParameters = new HashMap<>(parameters);
		String template = (String) templateParameters.remove("template");
		if (templateParameters.containsKey("knownHosts")) {
			// A known_hosts line is no URI text: it goes to the endpoint as bytes through the registry.
			String bean = "inboundKnownHosts-" + parameters.get("supplierId");
			camel.getRegistry().bind(bean, byte[].class,
					((String) templateParameters.remove("knownHosts")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			templateParameters.put("knownHosts", "#bean:" + bean);
		}
		TemplatedRouteBuilder.builder(camel, template).routeId(routeId).parameters(templateParameters).add();
		running.put(routeId, parameters);
		log.info("Inbound route {} started ({})", routeId, template);
	}

	private void remove(String routeId) throws Exception {
		camel.getRouteController().stopRoute(routeId);
		Model model = camel.getCamelContextExtension().getContextPlugin(Model.class);
		var definition = model.getRouteDefinition(routeId);
		if (definition != null) {
			model.removeRouteDefinition(definition);
		}
		camel.removeRoute(routeId);
		running.remove(routeId);
		log.info("Inbound route {} removed", routeId);
	}

	private static void attempt(String routeId, RouteChange change) {
		try {
			change.run();
		}
		catch (Exception ex) {
			log.error("Inbound route {} could not be brought in line with the configuration", routeId, ex);
		}
	}

	private interface RouteChange {

		void run() throws Exception;

	}

}
