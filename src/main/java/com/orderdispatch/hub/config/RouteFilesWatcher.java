package com.orderdispatch.hub.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies an administrator's edits to {@code routes/*.camel.yaml} without a restart. An edited file replaces its routes
 * by id; if Camel cannot parse, build or start them, the last good text of that file is put back, so a broken edit
 * never takes an API route down. Camel's own reloader is not used: it drops the REST routes it cannot re-add.
 */
@Component
public class RouteFilesWatcher {

	private static final Logger log = LoggerFactory.getLogger(RouteFilesWatcher.class);

	private final CamelContext camel;

	private final ApplicationEventPublisher events;

	private final Path directory;

	private final boolean enabled;

	/** The text of each file as last seen; equal to what is in force unless the file is in {@link #refusals}. */
	private final Map<Path, String> seen = new HashMap<>();

	private final Map<Path, String> inForce = new HashMap<>();

	/** The text of each file at the last poll, to tell a settled edit from one still being written. */
	private final Map<Path, String> polled = new HashMap<>();

	private final Map<Path, String> refusals = new java.util.concurrent.ConcurrentHashMap<>();

	@Autowired
	RouteFilesWatcher(CamelContext camel, ApplicationEventPublisher events, RouteFilesProperties routes) {
		this(camel, events, routes.directory(), routes.reloadEnabled());
	}

	RouteFilesWatcher(CamelContext camel, ApplicationEventPublisher events, Path directory, boolean enabled) {
		this.camel = camel;
		this.events = events;
		this.directory = directory;
		this.enabled = enabled;
		read().forEach((file, text) -> {
			seen.put(file, text);
			inForce.put(file, text);
		});
	}

	/** Why edits on disk were refused, or null when every route file on disk is in force. */
	public String lastRejection() {
		return refusals.isEmpty() ? null : String.join("; ", refusals.values());
	}

	@Scheduled(fixedDelayString = "${hub.config.reload-interval:2s}", initialDelayString = "${hub.config.reload-interval:2s}")
	public synchronized void applyEdits() {
		if (!enabled) {
			return;
		}
		for (var file : read().entrySet()) {
			// Taken once it reads the same on two polls in a row: read while an editor writes it in place, a file is
			// empty or cut short, and would be refused until the next poll.
			boolean settled = file.getValue().equals(polled.put(file.getKey(), file.getValue()));
			// A refused text is remembered as seen, so the same broken file is not retried every few seconds.
			if (settled && !file.getValue().equals(seen.put(file.getKey(), file.getValue()))) {
				apply(file.getKey(), file.getValue());
			}
		}
	}

	/** The route files by name, with their text on disk. */
	public java.util.SortedMap<String, String> files() {
		var byName = new java.util.TreeMap<String, String>();
		read().forEach((path, text) -> byName.put(path.getFileName().toString(), text));
		return byName;
	}

	public boolean editable() {
		return enabled;
	}

	/**
	 * An edit made through the hub: applied to Camel first, and only written to the file if the routes load and
	 * start. Answers why it was refused (the file is then unchanged), or empty when it is in force.
	 */
	public synchronized Optional<String> edit(String fileName, String text, String actor) {
		Path file = read().keySet()
			.stream()
			.filter(path -> path.getFileName().toString().equals(fileName))
			.findFirst()
			.orElse(null);
		if (!enabled) {
			return Optional.of("route edits are switched off (hub.routes.reload-enabled=false)");
		}
		if (file == null) {
			return Optional.of(fileName + ": no such route file");
		}
		String before = inForce.getOrDefault(file, "");
		if (text.equals(before)) {
			return Optional.empty();
		}
		try {
			load(file, text);
		}
		catch (Exception ex) {
			restore(file, before);
			return Optional.of(fileName + ": " + rootMessage(ex));
		}
		events.publishEvent(new ConfigEdited("routes/" + fileName, actor, "route file " + fileName + " edited", before,
				text));
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		seen.put(file, text);
		inForce.put(file, text);
		refusals.remove(file);
		log.info("Route file {} edited by {} and applied", fileName, actor);
		events.publishEvent(new RouteFilesApplied(fileName));
		return Optional.empty();
	}

	private void apply(Path file, String text) {
		if (text.equals(inForce.get(file))) {
			refusals.remove(file);
			return;
		}
		try {
			var ids = load(file, text);
			inForce.put(file, text);
			refusals.remove(file);
			log.info("Route file {} applied: routes {}", file.getFileName(), ids);
			events.publishEvent(new RouteFilesApplied(file.getFileName().toString()));
		}
		catch (Exception ex) {
			String reason = file.getFileName() + ": " + rootMessage(ex);
			refusals.put(file, reason);
			log.error("Route file edit refused, the previous routes stay in force: {}", reason);
			restore(file, inForce.get(file));
		}
	}

	private void restore(Path file, String previous) {
		if (previous == null) {
			return;
		}
		try {
			load(file, previous);
		}
		catch (Exception ex) {
			log.error("Could not restore the last good routes of {}", file.getFileName(), ex);
		}
	}

	/** Replaces the file's routes by id, and its route templates, which Camel's own update leaves as they were. */
	private Set<String> load(Path file, String text) throws Exception {
		var ids = PluginHelper.getRoutesLoader(camel).updateRoutes(resource(file, text));
		Model model = camel.getCamelContextExtension().getContextPlugin(Model.class);
		for (RoutesBuilder builder : PluginHelper.getRoutesLoader(camel).findRoutesBuilders(resource(file, text))) {
			if (builder instanceof RouteBuilder routes) {
				routes.configureRoutes(camel);
				for (RouteTemplateDefinition template : routes.getRouteTemplateCollection().getRouteTemplates()) {
					var old = model.getRouteTemplateDefinition(template.getId());
					if (old != null) {
						model.removeRouteTemplateDefinition(old);
					}
					model.addRouteTemplateDefinition(template);
				}
			}
		}
		return ids;
	}

	private static Resource resource(Path file, String text) {
		return ResourceHelper.fromString("file:" + file, text);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	private Map<Path, String> read() {
		var files = new HashMap<Path, String>();
		if (!Files.isDirectory(directory)) {
			return files;
		}
		try (Stream<Path> paths = Files.list(directory)) {
			for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".camel.yaml")).toList()) {
				files.put(path, Files.readString(path, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			log.warn("Cannot read route files in {}: {}", directory, ex.getMessage());
		}
		return files;
	}

}
