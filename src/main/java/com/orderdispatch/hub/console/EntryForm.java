package com.orderdispatch.hub.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.orderdispatch.hub.config.ConfigEditor;
import com.orderdispatch.hub.config.ConfigRejectedException;
import com.orderdispatch.hub.config.SecretFields;

/**
 * A configuration entry as a form: each field named by its path in the file ({@code channels.webhook.url}), so the
 * validator's verdict lands next to the field it names. Secrets are never put in the form: their field holds the
 * name of the environment variable they come from, and a blank field keeps what the file says.
 */
public final class EntryForm {

	public enum Type {

		TEXT, EMAIL, NUMBER, CHECKBOX, LIST, SECRET, SECRET_LIST

	}

	/** @param section the channel this field belongs to ({@code channels.email}), or null for the entry itself */
	public record Field(String path, String label, Type type, String section, String help) {
	}

	public record Section(String path, String title, List<Field> fields) {
	}

	private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final ConfigEditor.Kind kind;

	private final List<Section> sections;

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Map<String, String> errors = new LinkedHashMap<>();

	private final List<String> generalErrors = new ArrayList<>();

	private final Map<String, String> secretHints = new LinkedHashMap<>();

	private final Map<String, Object> current;

	private final boolean isNew;

	private final SecretFields secrets;

	EntryForm(ConfigEditor.Kind kind, List<Section> sections, Map<String, Object> current, SecretFields secrets) {
		this.kind = kind;
		this.secrets = secrets;
		this.sections = sections;
		this.current = current == null ? Map.of() : current;
		this.isNew = current == null;
		for (var section : sections) {
			if (section.path() != null) {
				values.put(section.path() + ".enabled", String.valueOf(channelInUse(section.path())));
			}
			for (var field : section.fields()) {
				values.put(field.path(), show(typeOf(field), SecretFields.get(this.current, field.path())));
				if (typeOf(field) == Type.SECRET || typeOf(field) == Type.SECRET_LIST) {
					secretHints.put(field.path(), hint(SecretFields.get(this.current, field.path())));
				}
			}
		}
	}

	public List<Section> getSections() {
		return sections;
	}

	public Map<String, String> getValues() {
		return values;
	}

	public Map<String, String> getErrors() {
		return errors;
	}

	public List<String> getGeneralErrors() {
		return generalErrors;
	}

	public Map<String, String> getSecretHints() {
		return secretHints;
	}

	public boolean isNew() {
		return isNew;
	}

	public boolean hasErrors() {
		return !errors.isEmpty() || !generalErrors.isEmpty();
	}

	/** Takes the submitted fields; answers the entry to save, or null when a field cannot even be read. */
	Map<String, Object> submit(Map<String, String> submitted) {
		var entry = new LinkedHashMap<>(secrets.masked(kind, current));
		entry = new LinkedHashMap<>(secrets.unmasked(kind, entry, current));
		for (var section : sections) {
			boolean use = section.path() == null || "true".equals(submitted.get(section.path() + ".enabled"));
			boolean existed = section.path() == null || SecretFields.get(current, section.path()) != null;
			if (section.path() != null) {
				values.put(section.path() + ".enabled", String.valueOf(use));
			}
			for (var field : section.fields()) {
				String text = submitted.getOrDefault(field.path(), "");
				if (field.type() == Type.CHECKBOX) {
					text = "true".equals(text) ? "true" : "false";
				}
				values.put(field.path(), text == null ? "" : text.trim());
			}
			if (!use) {
				if (existed) {
					SecretFields.set(entry, section.path() + ".enabled", Boolean.FALSE);
				}
				continue;
			}
			if (section.path() != null) {
				SecretFields.set(entry, section.path() + ".enabled", null);
			}
			for (var field : section.fields()) {
				apply(entry, field, values.get(field.path()));
			}
		}
		return errors.isEmpty() ? entry : null;
	}

	/**
	 * Marks each secret field whose environment variable is not set (and has no default in the file): the file
	 * check would refuse it naming only a line, this names the field.
	 */
	void requireVariables(Map<String, Object> entry, java.util.function.UnaryOperator<String> environment) {
		for (var section : sections) {
			for (var field : section.fields()) {
				if (typeOf(field) != Type.SECRET && typeOf(field) != Type.SECRET_LIST) {
					continue;
				}
				Object value = SecretFields.get(entry, field.path());
				for (Object item : value instanceof List<?> list ? list : java.util.Collections.singletonList(value)) {
					String variable = SecretFields.variable(item);
					boolean hasDefault = item instanceof String text && text.contains(":");
					if (variable != null && !hasDefault && environment.apply(variable) == null) {
						errors.putIfAbsent(field.path(), "environment variable " + variable
								+ " is not set on the hub: set it (and restart the hub), or name another");
					}
				}
			}
		}
	}

	/** The validator's verdict, each problem next to its field when this entry's field is named. */
	void refused(List<ConfigRejectedException.Problem> problems, String id) {
		for (var problem : problems) {
			boolean here = kind.file().equals(problem.file()) && id.equals(problem.entry()) && problem.field() != null;
			if (here && values.containsKey(problem.field())) {
				errors.putIfAbsent(problem.field(), problem.message());
			}
			else if (here && problem.field().startsWith("channels.") && values.containsKey(problem.field() + ".enabled")) {
				errors.putIfAbsent(problem.field() + ".enabled", problem.message());
			}
			else {
				generalErrors.add(problem.toString());
			}
		}
	}

	private void apply(Map<String, Object> entry, Field field, String text) {
		Object raw = SecretFields.get(current, field.path());
		switch (typeOf(field)) {
			case CHECKBOX -> {
				// An unset flag stays unset while it stays off, so saving does not litter the file with defaults.
				boolean on = "true".equals(text);
				SecretFields.set(entry, field.path(), on || raw != null ? (Object) on : null);
			}
			case NUMBER -> {
				if (text.isEmpty()) {
					SecretFields.set(entry, field.path(), null);
				}
				else if (SecretFields.variable(text) != null) {
					// A number from the environment, e.g. ${SFTP_PORT:22}: kept as written.
					SecretFields.set(entry, field.path(), text);
				}
				else {
					try {
						SecretFields.set(entry, field.path(), Integer.parseInt(text));
					}
					catch (NumberFormatException ex) {
						errors.put(field.path(), "must be a whole number");
					}
				}
			}
			case LIST -> SecretFields.set(entry, field.path(), text.isEmpty() ? null : split(text));
			case SECRET -> {
				if (!text.isEmpty() && !text.equals(SecretFields.variable(raw))) {
					if (VARIABLE.matcher(text).matches()) {
						SecretFields.set(entry, field.path(), "${" + text + "}");
					}
					else {
						errors.put(field.path(), "must be the name of an environment variable, e.g. ACME_API_KEY");
					}
				}
			}
			case SECRET_LIST -> {
				if (!text.isEmpty()) {
					var list = new ArrayList<Object>();
					for (String name : split(text)) {
						if (!VARIABLE.matcher(name).matches()) {
							errors.put(field.path(), "must be names of environment variables, separated by commas");
							return;
						}
						Object same = raw instanceof List<?> items
								? items.stream().filter(item -> name.equals(SecretFields.variable(item))).findFirst()
									.orElse(null)
								: null;
						list.add(same != null ? same : "${" + name + "}");
					}
					SecretFields.set(entry, field.path(), list);
				}
			}
			default -> SecretFields.set(entry, field.path(), text.isEmpty() ? null : text);
		}
	}

	private boolean channelInUse(String sectionPath) {
		Object section = SecretFields.get(current, sectionPath);
		return section instanceof Map<?, ?> map && !Boolean.FALSE.equals(map.get("enabled"));
	}

	/**
	 * How a field is treated: {@link SecretFields} decides what is a secret, so a layout that names one as plain text
	 * still never shows its value nor writes one into the file.
	 */
	private Type typeOf(Field field) {
		boolean secret = field.type() == Type.SECRET || field.type() == Type.SECRET_LIST;
		return !secret && secrets.paths(kind).contains(field.path()) ? Type.SECRET : field.type();
	}

	private static String show(Type type, Object raw) {
		if (raw == null) {
			return type == Type.CHECKBOX ? "false" : "";
		}
		return switch (type) {
			case LIST -> raw instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
					: String.valueOf(raw);
			case SECRET -> orEmpty(SecretFields.variable(raw));
			case SECRET_LIST -> raw instanceof List<?> list ? String.join(", ",
					list.stream().map(SecretFields::variable).filter(v -> v != null).toList()) : "";
			default -> String.valueOf(raw);
		};
	}

	private static String hint(Object raw) {
		if (raw == null) {
			return "Not set. Name the environment variable that holds it.";
		}
		if (raw instanceof List<?> list) {
			var names = list.stream().map(SecretFields::variable).toList();
			if (names.contains(null)) {
				return "Some are written in the file (hidden). Leave blank to keep them, or name environment variables.";
			}
			return "From environment variable" + (names.size() > 1 ? "s " : " ") + String.join(", ", names) + ".";
		}
		String variable = SecretFields.variable(raw);
		return variable == null ? "Written in the file (hidden). Leave blank to keep it, or name an environment variable."
				: "From environment variable " + variable + ".";
	}

	private static List<String> split(String text) {
		return List.of(text.split("[,\\s]+")).stream().filter(s -> !s.isBlank()).toList();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}
