package com.orderdispatch.hub.config;

/**
 * An administrator's configuration that cannot be applied. The message names the file, the entry and the field, so
 * whoever edited it at 2 a.m. knows exactly what to fix; it never quotes a secret value.
 */
public class ConfigRejectedException extends RuntimeException {

	/** One field at fault: file, entry (id or SKU, may be null) and field path as written in the file. */
	public record Problem(String file, String entry, String field, String message) {

		@Override
		public String toString() {
			return describe(file, entry, field, message);
		}

	}

	private final java.util.List<Problem> problems;

	private final String file;

	private final String entry;

	private final String field;

	public ConfigRejectedException(String file, String entry, String field, String problem) {
		this(java.util.List.of(new Problem(file, entry, field, problem)));
	}

	/** Every field at fault; the message names the first, and how many more there are. */
	public ConfigRejectedException(java.util.List<Problem> problems) {
		super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
		this.problems = java.util.List.copyOf(problems);
		this.file = problems.get(0).file();
		this.entry = problems.get(0).entry();
		this.field = problems.get(0).field();
	}

	public java.util.List<Problem> problems() {
		return problems;
	}

	private static String describe(String file, String entry, String field, String problem) {
		var text = new StringBuilder(file);
		if (entry != null) {
			text.append(", entry '").append(entry).append('\'');
		}
		if (field != null) {
			text.append(", field '").append(field).append('\'');
		}
		return text.append(": ").append(problem).toString();
	}

	public String file() {
		return file;
	}

	public String entry() {
		return entry;
	}

	public String field() {
		return field;
	}

}
