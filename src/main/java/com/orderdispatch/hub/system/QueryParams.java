package com.orderdispatch.hub.system;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.apache.camel.Message;

/** Reads query parameters (Camel puts them in headers) with a 400 that names the parameter when one is wrong. */
public final class QueryParams {

	private final Message message;

	public QueryParams(Message message) {
		this.message = message;
	}

	public String text(String name) {
		String value = message.getHeader(name, String.class);
		return value == null || value.isBlank() ? null : value.trim();
	}

	public Instant instant(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return java.time.OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw ApiProblem.invalid(name, "must be an ISO-8601 date-time with offset, e.g. 2026-11-22T10:00:00Z");
		}
	}

	public int integer(String name, int defaultValue, int min, int max) {
		String value = text(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed >= min && parsed <= max) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiProblem.invalid(name, "must be a whole number from " + min + " to " + max);
	}

	public Long cursor(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			long parsed = Long.parseLong(value);
			if (parsed >= 0) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiProblem.invalid(name, "must be a cursor returned as nextCursor by an earlier call");
	}

	public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
		}
	}

	/** Rejects a range whose end is not after its start. */
	public static void requireOrdered(Instant from, Instant to) {
		if (from != null && to != null && !to.isAfter(from)) {
			throw ApiProblem.invalid("to", "must be after 'from'");
		}
	}

}
