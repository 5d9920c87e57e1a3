package com.orderdispatch.hub.channel.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A supplier's order-file layout as configured ({@code csv:} in suppliers.yaml); every setting is optional and the
 * default is {@link CsvLayout#DEFAULT}.
 *
 * @param columns which columns, in this order (keys of {@link CsvColumn}); absent means all, in the standard order
 * @param headers header names by column key, for the columns that should not be called by their key
 * @param delimiter one character; absent means a comma
 * @param neutraliseFormulas false writes cells verbatim for machine readers; absent means true
 */
public record CsvSettings(List<String> columns, Map<String, String> headers, String delimiter,
		Boolean neutraliseFormulas) {

	/** Problems by field (relative to the {@code csv} block), empty when the settings are good. */
	public Map<String, String> problems() {
		var problems = new LinkedHashMap<String, String>();
		var seen = new ArrayList<String>();
		if (columns != null) {
			if (columns.isEmpty()) {
				problems.put("columns", "names no column; leave it out for the standard columns");
			}
			for (String key : columns) {
				if (CsvColumn.byKey(key).isEmpty()) {
					problems.putIfAbsent("columns", "'" + key + "' is not a column; known columns: " + CsvLayout.DEFAULT.keys());
				}
				else if (seen.contains(key)) {
					problems.putIfAbsent("columns", "'" + key + "' is listed twice");
				}
				seen.add(key);
			}
		}
		if (headers != null) {
			headers.forEach((key, header) -> {
				if (CsvColumn.byKey(key).isEmpty()) {
					problems.putIfAbsent("headers", "'" + key + "' is not a column");
				}
				else if (header == null || header.isBlank() || header.chars().anyMatch(Character::isISOControl)) {
					problems.putIfAbsent("headers." + key, "must be a non-blank single line");
				}
			});
		}
		if (delimiter != null && !isDelimiter(delimiter)) {
			problems.put("delimiter", "must be one character other than a quote, a letter, a digit or a line break, e.g. ';'");
		}
		return problems;
	}

	/** The layout these settings describe; call only on settings without {@link #problems()}. */
	public CsvLayout layout() {
		List<CsvColumn> chosen = columns == null ? CsvLayout.DEFAULT.columns()
				: columns.stream().map(key -> CsvColumn.byKey(key).orElseThrow()).toList();
		Map<String, String> names = headers == null ? Map.of() : headers;
		List<String> header = chosen.stream().map(column -> names.getOrDefault(column.key(), column.key())).toList();
		return new CsvLayout(chosen, header, delimiter == null ? ',' : delimiter.charAt(0),
				neutraliseFormulas == null || neutraliseFormulas);
	}

	private static boolean isDelimiter(String delimiter) {
		if (delimiter.length() != 1) {
			return false;
		}
		char c = delimiter.charAt(0);
		return c != '"' && c != '\r' && c != '\n' && !Character.isLetterOrDigit(c);
	}

}
