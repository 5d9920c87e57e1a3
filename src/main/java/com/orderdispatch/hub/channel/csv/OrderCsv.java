package com.orderdispatch.hub.channel.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.orderdispatch.hub.order.SupplierOrderView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

/**
 * The one CSV writer for order files, whatever the channel (email attachment, SFTP or directory drop): RFC 4180
 * quoting, CRLF rows, UTF-8 without a byte-order mark, a header row, then one row per order line, in the supplier's
 * {@link CsvLayout}. The same order and layout always give the same bytes, so a retried file is identical.
 */
@Component
public class OrderCsv {

	/** The default header: every column, by its key. */
	public static final List<String> HEADER = CsvLayout.DEFAULT.header();

	public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

	/** The file name suppliers see by default, e.g. {@code ODH-1001-01.csv}. */
	public String fileName(SupplierOrderView order) {
		return order.supplierOrderNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
	}

	public byte[] write(SupplierOrderView order) {
		return write(order, CsvLayout.DEFAULT);
	}

	public byte[] write(SupplierOrderView order, CsvLayout layout) {
		return text(order, layout).getBytes(StandardCharsets.UTF_8);
	}

	public String text(SupplierOrderView order) {
		return text(order, CsvLayout.DEFAULT);
	}

	public String text(SupplierOrderView order, CsvLayout layout) {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(layout.delimiter())
			.setHeader(layout.header().toArray(String[]::new))
			.get();
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, format)) {
			for (var line : order.lines()) {
				printer.printRecord(row(order, line, layout));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<String> row(SupplierOrderView order, SupplierOrderView.LineView line, CsvLayout layout) {
		var cells = new ArrayList<String>(layout.columns().size());
		for (CsvColumn column : layout.columns()) {
			String value = column.value(order, line);
			cells.add(layout.neutraliseFormulas() && column.isText() ? FormulaGuard.neutralise(value) : orEmpty(value));
		}
		return cells;
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
