package com.orderdispatch.hub.config;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The settings that hold secrets, and how they are shown: never the value, only the environment variable it comes
 * from ({@code ${NAME}}), or {@link #HIDDEN} when the file holds the secret itself. A masked value sent back unchanged
 * means "keep what the file says". Which settings those are is read from the {@link Secret} marks on the settings
 * records (supplier, retailer, inbound files, and each channel's settings type), so there is one list, used by the
 * admin API, the console and the audit log alike.
 */
@Component
public final class SecretFields {

	public static final String HIDDEN = "(hidden: written in the file)";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(?::[^}]*)?}");

	private final Map<ConfigEditor.Kind, List<String>> paths = new EnumMap<>(ConfigEditor.Kind.class);

	public SecretFields(List<ChannelSettingsType<?>> channelTypes) {
		var channels = new TreeMap<String, Class<?>>();
		channelTypes.forEach(type -> channels.put(type.name(), type.settingsType()));
		paths.put(ConfigEditor.Kind.SUPPLIERS, List.copyOf(declared(SupplierConfig.class, "", channels)));
		paths.put(ConfigEditor.Kind.RETAILERS, List.copyOf(declared(RetailerConfig.class, "", channels)));
		paths.put(ConfigEditor.Kind.CATALOG, List.of());
	}

	/** The paths of an entry's secrets in the file, e.g. {@code channels.sftp.password}. */
	public List<String> paths(ConfigEditor.Kind kind) {
		return paths.get(kind);
	}

	/** The setting names that hold a secret wherever they appear ({@code apiKey}, {@code password}, ...). */
	public Set<String> names() {
		var names = new TreeSet<String>();
		paths.values().forEach(list -> list.forEach(path -> names.add(path.substring(path.lastIndexOf('.') + 1))));
		return names;
	}

	/** The marked components of a settings record, and of the records within it, as paths. */
	private static List<String> declared(Class<?> type, String prefix, Map<String, Class<?>> channels) {
		var found = new ArrayList<String>();
		if (!type.isRecord()) {
			return found;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			String path = prefix + component.getName();
			if (component.isAnnotationPresent(Secret.class)) {
				found.add(path);
			}
			else if (component.getType() == SupplierConfig.Channels.class) {
				channels.forEach((name, settings) -> found.addAll(declared(settings, path + "." + name + ".", channels)));
			}
			else if (component.getType().isRecord()) {
				found.addAll(declared(component.getType(), path + ".", channels));
			}
		}
		return found;
	}

	/** The environment variable a secret's text names, or null when the secret is written out in the file. */
	public static String variable(Object raw) {
		if (raw instanceof String text) {
			Matcher matcher = PLACEHOLDER.matcher(text.trim());
			if (matcher.matches()) {
				return matcher.group(1);
			}
		}
		return null;
	}

	/** {@code ${NAME}} for a placeholder (its demo default dropped), else {@link #HIDDEN}. */
	public static Object mask(Object raw) {
		if (raw == null) {
			return null;
		}
		if (raw instanceof List<?> list) {
			return list.stream().map(SecretFields::mask).toList();
		}
		String variable = variable(raw);
		return variable == null ? HIDDEN : "${" + variable + "}";
	}

	/** A deep copy of the entry with every secret masked. */
	public Map<String, Object> masked(ConfigEditor.Kind kind, Map<String, Object> entry) {
		var copy = deepCopy(entry);
		for (String path : paths.get(kind)) {
			Object raw = get(copy, path);
			if (raw != null) {
				set(copy, path, mask(raw));
			}
		}
		return copy;
	}

	/** The edited entry with every secret sent back masked (unchanged) replaced by what the file says now. */
	public Map<String, Object> unmasked(ConfigEditor.Kind kind, Map<String, Object> edited,
			Map<String, Object> current) {
		var copy = deepCopy(edited);
		for (String path : paths.get(kind)) {
			Object sent = get(copy, path);
			Object raw = current == null ? null : get(current, path);
			if (raw == null || sent == null) {
				continue;
			}
			if (sent.equals(mask(raw))) {
				set(copy, path, raw);
			}
			else if (sent instanceof List<?> list && raw instanceof List<?> rawList) {
				var merged = new ArrayList<Object>();
				for (Object item : list) {
					merged.add(rawList.stream().map(r -> (Object) r).filter(r -> item.equals(mask(r))).findFirst().orElse(item));
				}
				set(copy, path, merged);
			}
		}
		return copy;
	}

	@SuppressWarnings("unchecked")
	public static Object get(Map<String, Object> entry, String path) {
		Object node = entry;
		for (String part : path.split("\\.")) {
			if (!(node instanceof Map<?, ?> map)) {
				return null;
			}
			node = ((Map<String, Object>) map).get(part);
		}
		return node;
	}

	@SuppressWarnings("unchecked")
	public static void set(Map<String, Object> entry, String path, Object value) {
		String[] parts = path.split("\\.");
		Map<String, Object> node = entry;
		for (int i = 0; i < parts.length - 1; i++) {
			Object next = node.get(parts[i]);
			if (!(next instanceof Map<?, ?>)) {
				next = new LinkedHashMap<String, Object>();
				node.put(parts[i], next);
			}
			node = (Map<String, Object>) next;
		}
		if (value == null) {
			node.remove(parts[parts.length - 1]);
		}
		else {
			node.put(parts[parts.length - 1], value);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> deepCopy(Map<String, Object> entry) {
		var copy = new LinkedHashMap<String, Object>();
		entry.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> map
				? deepCopy((Map<String, Object>) map) : value instanceof List<?> list ? new ArrayList<>(list) : value));
		return copy;
	}

}
