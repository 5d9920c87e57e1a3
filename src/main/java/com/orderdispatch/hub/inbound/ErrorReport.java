package com.orderdispatch.hub.inbound;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.orderdispatch.hub.channel.csv.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows of a status file that were refused, written next to the processed file as {@code <name>.errors.csv}:
 * line number, the row's order and action, and the reason. Cells a spreadsheet would run as a formula are
 * neutralised ({@link FormulaGuard}), as the row's text comes from outside.
 */
final class ErrorReport {

	record Refusal(long line, String supplierOrderNumber, String action, String lineRef, String error) {
	}

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader("line", "supplierOrderNumber", "action", "lineRef", "error")
		.build();

	private ErrorReport() {
	}

	static byte[] write(List<Refusal> refusals) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, FORMAT)) {
			for (Refusal refusal : refusals) {
				printer.printRecord(refusal.line(), neutralise(refusal.supplierOrderNumber()),
						neutralise(refusal.action()), neutralise(refusal.lineRef()), neutralise(refusal.error()));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String neutralise(String cell) {
		if (cell == null) {
			return "";
		}
		return FormulaGuard.neutralise(cell.replaceAll("[\\r\\n\\t]+", " "));
	}

}
