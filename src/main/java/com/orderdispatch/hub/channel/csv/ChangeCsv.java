package com.orderdispatch.hub.channel.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.orderdispatch.hub.order.SupplierOrderView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

/**
 * The file that tells an SFTP or directory supplier of a change it did not make (a retailer's cancellation, say):
 * {@code CANCELLED-<order file name>} or {@code UPDATED-<order file name>}, so it never replaces the order file and
 * cannot be mistaken for a new order. One row per line with the order's and the line's status; fixed columns.
 */
@Component
public class ChangeCsv {

	public static final String[] HEADER = { "event", "supplier_order_number", "order_number", "retailer_order_ref",
			"order_status", "line_ref", "sku", "quantity", "line_status", "shipped_quantity", "note" };

	/** True for events that are not a new order: they are written with this class, not {@link OrderCsv}. */
	public static boolean isChange(String eventType) {
		return !"supplier_order.created".equals(eventType);
	}

	/** The change file's name: the event's name in capitals, then the order file's name. */
	public String name(String eventType, String orderFileName) {
		String event = eventType.substring(eventType.indexOf('.') + 1).toUpperCase(Locale.ROOT).replaceAll("[^A-Z_]", "_");
		return event + "-" + orderFileName;
	}

	public byte[] write(String eventType, SupplierOrderView order) {
		var history = order.statusHistory();
		String note = history == null || history.isEmpty() ? null : history.get(history.size() - 1).note();
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			for (var line : order.lines()) {
				printer.printRecord(eventType, cell(order.supplierOrderNumber()), cell(order.orderNumber()),
						cell(order.retailerOrderRef()), order.status(), cell(line.lineRef()), cell(line.sku()),
						line.quantity(), line.status(), line.shippedQuantity(), cell(note));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Text from outside, on one line, and never run as a formula by a spreadsheet ({@link FormulaGuard}). */
	private static String cell(String value) {
		return value == null ? "" : FormulaGuard.neutralise(value.replaceAll("[\\r\\n\\t]+", " "));
	}

}
