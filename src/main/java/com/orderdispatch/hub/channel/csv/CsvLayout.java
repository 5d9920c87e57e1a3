package com.orderdispatch.hub.channel.csv;

import java.util.Arrays;
import java.util.List;

/**
 * How one supplier's order files look: the columns in order, their header names, the delimiter, and whether cells a
 * spreadsheet would run as a formula are neutralised.
 */
public record CsvLayout(List<CsvColumn> columns, List<String> header, char delimiter, boolean neutraliseFormulas) {

	/** Every column in the standard order, named by its key, comma-separated, formulas neutralised. */
	public static final CsvLayout DEFAULT = new CsvLayout(List.of(CsvColumn.values()),
			Arrays.stream(CsvColumn.values()).map(CsvColumn::key).toList(), ',', true);

	public CsvLayout {
		columns = List.copyOf(columns);
		header = List.copyOf(header);
		if (columns.size() != header.size()) {
			throw new IllegalArgumentException("one header name per column");
		}
	}

	public static CsvLayout of(CsvSettings settings) {
		return settings == null ? DEFAULT : settings.layout();
	}

	List<String> keys() {
		return columns.stream().map(CsvColumn::key).toList();
	}

}
