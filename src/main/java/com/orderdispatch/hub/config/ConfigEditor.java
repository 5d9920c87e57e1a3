package com.orderdispatch.hub.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Edits of the business configuration made through the hub (console, admin API). A changed entry is checked with
 * exactly the rules of a file edit, on a copy; only a valid edit is written to the file (atomically) and applied at
 * once. A refused edit leaves the file as it was and says what is wrong with each field.
 */
@Component
public class ConfigEditor {

	/** The editable lists: which file, which top-level key, and which field identifies an entry. */
	public enum Kind {

		SUPPLIERS(ConfigFiles.SUPPLIERS, "suppliers", "id"), RETAILERS(ConfigFiles.RETAILERS, "retailers", "id"),
		CATALOG(ConfigFiles.CATALOG, "catalog", "sku");

		private final String file;

		private final String listKey;

		private final String idKey;

		Kind(String file, String listKey, String idKey) {
			this.file = file;
			this.listKey = listKey;
			this.idKey = idKey;
		}

		public String file() {
			return file;
		}

		public String idKey() {
			return idKey;
		}

	}

	/** What became of an edit: applied, or refused with every field at fault. */
	public record Outcome(boolean applied, List<ConfigRejectedException.Problem> problems, String before,
			String after) {

		static Outcome refused(List<ConfigRejectedException.Problem> problems, String before) {
			return new Outcome(false, problems, before, before);
		}

	}

	private final LiveConfig live;

	private final ApplicationEventPublisher events;

	private final YamlEntries yaml = new YamlEntries();

	ConfigEditor(LiveConfig live, ApplicationEventPublisher events) {
		this.live = live;
		this.events = events;
	}

	public String text(Kind kind) {
		try {
			return Files.readString(live.directory().resolve(kind.file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The entries as written in the file: placeholders unresolved, so secrets stay references. */
	public List<Map<String, Object>> entries(Kind kind) {
		return yaml.read(text(kind), kind.listKey);
	}

	public Optional<Map<String, Object>> entry(Kind kind, String id) {
		return entries(kind).stream().filter(entry -> id.equals(String.valueOf(entry.get(kind.idKey)))).findFirst();
	}

	/** Replaces (or adds) the entry with this id. */
	public synchronized Outcome put(Kind kind, String id, Map<String, Object> entry, String actor) {
		var complete = new LinkedHashMap<String, Object>();
		complete.put(kind.idKey, id);
		complete.putAll(entry);
		complete.put(kind.idKey, id);
		String before = text(kind);
		String after;
		try {
			after = yaml.put(before, kind.listKey, kind.idKey, id, complete);
		}
		catch (RuntimeException ex) {
			return Outcome.refused(List.of(problem(kind, id, ex)), before);
		}
		String verb = entry(kind, id).isPresent() ? " saved" : " added";
		return write(kind, before, after, actor, singular(kind) + " " + id + verb);
	}

	public synchronized Outcome remove(Kind kind, String id, String actor) {
		String before = text(kind);
		return write(kind, before, yaml.remove(before, kind.listKey, kind.idKey, id), actor,
				singular(kind) + " " + id + " removed");
	}

	/** The whole file replaced by the administrator's text. */
	public synchronized Outcome replace(Kind kind, String text, String actor) {
		return write(kind, text(kind), text, actor, kind.file + " edited");
	}

	private Outcome write(Kind kind, String before, String after, String actor, String action) {
		if (after.equals(before)) {
			return new Outcome(true, List.of(), before, after);
		}
		Path candidate = candidate(kind, after);
		try {
			live.check(candidate);
		}
		catch (ConfigRejectedException ex) {
			return Outcome.refused(ex.problems(), before);
		}
		catch (RuntimeException ex) {
			return Outcome.refused(List.of(problem(kind, null, ex)), before);
		}
		finally {
			delete(candidate);
		}
		events.publishEvent(new ConfigEdited(kind.file, actor, action, before, after));
		Path file = live.directory().resolve(kind.file);
		try {
			Path temporary = Files.createTempFile(live.directory(), "." + kind.file, ".tmp");
			Files.writeString(temporary, after, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		live.applyEdits();
		return new Outcome(true, List.of(), before, after);
	}

	/** A copy of the configuration folder's files with one file replaced, to check without touching the real one. */
	private Path candidate(Kind kind, String text) {
		try {
			Path copy = Files.createTempDirectory("hub-config-edit");
			for (String name : ConfigFiles.ALL) {
				Path source = live.directory().resolve(name);
				if (name.equals(kind.file)) {
					Files.writeString(copy.resolve(name), text, StandardCharsets.UTF_8);
				}
				else if (Files.exists(source)) {
					Files.copy(source, copy.resolve(name));
				}
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary copy harms nothing.
		}
	}

	private static ConfigRejectedException.Problem problem(Kind kind, String id, RuntimeException ex) {
		return new ConfigRejectedException.Problem(kind.file, id, null,
				ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
	}

	private static String singular(Kind kind) {
		return switch (kind) {
			case SUPPLIERS -> "supplier";
			case RETAILERS -> "retailer";
			case CATALOG -> "catalog SKU";
		};
	}

}
