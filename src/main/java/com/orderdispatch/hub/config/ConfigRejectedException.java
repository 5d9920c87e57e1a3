package com.orderdispatch.hub.config;

/**
 * An administrator's configuration that cannot be applied. The message names the file, the entry and the field, so
 * whoever edited it at 2 a.m. knows exactly what to fix; it never quotes a secret value.
 */
public class ConfigRejectedException extends RuntimeException {

	private final String file;

	private final String entry;

	private final String field;

	public ConfigRejectedException(String file, String entry, String field, String problem) {
		super(describe(file, entry, field, problem));
		this.file = file;
		this.entry = entry;
		this.field = field;
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
