package com.orderdispatch.hub.inbound;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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
 * mean "not given". A file that is empty, not UTF-8 text, or headed wrongly is refused as a whole.
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

	/** A file that cannot be applied at all, with the line at fault (1 for the header or an empty file). */
	static final class Refused extends IllegalArgumentException {

		private final long line;

		Refused(long line, String message) {
			super(message);
			this.line = line;
		}

		long line() {
			return line;
		}

	}

	/** The file's rows, or {@link Refused} naming what is wrong with the file as a whole. */
	static List<Row> read(byte[] content) {
		String text = text(content);
		try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
			var names = parser.getHeaderNames().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
			var missing = COLUMNS.stream()
				.filter(column -> !names.contains(column.toLowerCase(Locale.ROOT)))
				.toList();
			if (!missing.isEmpty()) {
				throw new Refused(1, "the header row lacks the column(s) " + missing + "; it must name "
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
			throw new Refused(1, "the file is not readable CSV: " + ex.getMessage());
		}
	}

	/**
	 * The file as text. Decoded strictly: a lenient decoder would turn a Latin-1 or binary file into replacement
	 * characters and apply what it made of them.
	 */
	private static String text(byte[] content) {
		String empty = "the file is empty: it must start with the header row " + String.join(",", COLUMNS);
		if (content.length == 0) {
			throw new Refused(1, empty);
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		var in = ByteBuffer.wrap(content);
		var out = CharBuffer.allocate(content.length);
		if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
			throw new Refused(lineAt(content, in.position()), "the file is not UTF-8 text (byte " + (in.position() + 1)
					+ " is not UTF-8); save it as CSV UTF-8");
		}
		String text = out.flip().toString();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
				throw new Refused(lineAt(text, i), "the file is binary, not CSV text (control character U+"
						+ "%04X".formatted((int) c) + ")");
			}
		}
		if (text.isBlank()) {
			throw new Refused(1, empty);
		}
		return text;
	}

	private static long lineAt(byte[] content, int position) {
		long line = 1;
		for (int i = 0; i < position; i++) {
			line += content[i] == '\n' ? 1 : 0;
		}
		return line;
	}

	private static long lineAt(String text, int position) {
		return 1 + text.substring(0, position).chars().filter(c -> c == '\n').count();
	}

	private static String cell(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return value == null || value.isBlank() ? null : value;
	}

}
