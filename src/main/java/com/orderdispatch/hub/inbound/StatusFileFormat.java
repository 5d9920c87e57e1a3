package com.orderdispatch.hub.inbound;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a supplier's status file: CSV (RFC 4180, UTF-8, comma), a header row naming the columns, one action per row.
 * Columns: supplierOrderNumber, action (ACCEPT, REJECT, SHIP, CANCEL, DELIVERED), lineRef, quantity, carrier,
 * trackingNumber, reason, note; optionally trackingUrl. Column names are matched without regard to case; empty cells
 * mean "not given".
 */
final class StatusFileFormat {

	static final List<String> COLUMNS = List.of("supplierOrderNumber", "action", "lineRef", "quantity", "carrier",
			"trackingNumber", "reason", "note");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreHeaderCase(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.build();

	/** One row as written, with its line number in the file (the header is line 1). */
	record Row(long line, String supplierOrderNumber, String action, String lineRef, String quantity, String carrier,
			String trackingNumber, String trackingUrl, String reason, String note) {
	}

	/** The file's rows, or an exception naming what is wrong with the file as a whole. */
	static List<Row> read(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
			var names = parser.getHeaderNames().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
			var missing = COLUMNS.stream()
				.filter(column -> !names.contains(column.toLowerCase(Locale.ROOT)))
				.toList();
			if (!missing.isEmpty()) {
				throw new IllegalArgumentException("the header row lacks the column(s) " + missing + "; it must name "
						+ COLUMNS);
			}
			var rows = new ArrayList<Row>();
			for (CSVRecord record : parser) {
				rows.add(new Row(parser.getCurrentLineNumber(), cell(record, "supplierOrderNumber"),
						cell(record, "action"), cell(record, "lineRef"), cell(record, "quantity"),
						cell(record, "carrier"), cell(record, "trackingNumber"), cell(record, "trackingUrl"),
						cell(record, "reason"), cell(record, "note")));
			}
			return rows;
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw new IllegalArgumentException("the file is not readable CSV: " + ex.getMessage(), ex);
		}
	}

	private static String cell(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return value == null || value.isBlank() ? null : value;
	}

}
