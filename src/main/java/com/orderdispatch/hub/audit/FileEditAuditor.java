package com.orderdispatch.hub.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.orderdispatch.hub.config.ConfigEdited;
import com.orderdispatch.hub.config.ConfigProperties;
import com.orderdispatch.hub.config.RouteFilesProperties;
import com.orderdispatch.hub.config.SecretFields;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts configuration and route file changes in the audit log: those made through the hub with the administrator as
 * actor (from {@link ConfigEdited}), and any other change found on disk as a "file edit". Each edit through the hub
 * is announced before its file is written, so the watcher never mistakes it for an outside edit.
 */
@Component
class FileEditAuditor {

	static final String FILE_EDIT = "file edit";

	private final AuditLog audit;

	private final Path configDirectory;

	private final Path routesDirectory;

	private final Map<String, String> known = new HashMap<>();

	/** The text before an announced edit whose file may not be written yet. */
	private final Map<String, String> announcedBefore = new HashMap<>();

	private final SecretFields secrets;

	FileEditAuditor(AuditLog audit, ConfigProperties config, SecretFields secrets, RouteFilesProperties routes) {
		this.audit = audit;
		this.secrets = secrets;
		this.configDirectory = config.directory();
		this.routesDirectory = routes.directory();
		known.putAll(read());
	}

	@EventListener
	synchronized void on(ConfigEdited edit) {
		audit.record(edit.actor(), edit.action(), edit.file(), TextDiff.of(edit.before(), edit.after(), secrets.names()));
		known.put(edit.file(), edit.after());
		announcedBefore.put(edit.file(), edit.before());
	}

	@Scheduled(fixedDelayString = "${hub.config.reload-interval:2s}", initialDelayString = "${hub.config.reload-interval:2s}")
	synchronized void findOutsideEdits() {
		for (var file : read().entrySet()) {
			String name = file.getKey();
			String text = file.getValue();
			if (text.equals(known.get(name))) {
				announcedBefore.remove(name);
				continue;
			}
			if (text.equals(announcedBefore.get(name))) {
				continue;
			}
			audit.record(AuditLog.FILE, FILE_EDIT, name, TextDiff.of(known.getOrDefault(name, ""), text, secrets.names()));
			known.put(name, text);
			announcedBefore.remove(name);
		}
	}

	private Map<String, String> read() {
		var texts = new HashMap<String, String>();
		for (String name : List.of("retailers.yaml", "suppliers.yaml", "catalog.yaml")) {
			readInto(texts, name, configDirectory.resolve(name));
		}
		if (Files.isDirectory(routesDirectory)) {
			try (Stream<Path> files = Files.list(routesDirectory)) {
				files.filter(path -> path.getFileName().toString().endsWith(".camel.yaml"))
					.forEach(path -> readInto(texts, "routes/" + path.getFileName(), path));
			}
			catch (IOException ex) {
				// Unreadable just now: looked at again on the next round.
			}
		}
		return texts;
	}

	private static void readInto(Map<String, String> texts, String name, Path path) {
		try {
			texts.put(name, Files.readString(path, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			// Missing or unreadable: nothing to compare yet.
		}
	}

}
