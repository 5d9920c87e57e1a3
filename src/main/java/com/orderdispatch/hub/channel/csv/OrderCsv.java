package com.orderdispatch.hub.channel.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.orderdispatch.hub.order.Address;
import com.orderdispatch.hub.order.Customer;
import com.orderdispatch.hub.order.SupplierOrderView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

/**
 * The one CSV layout suppliers receive, whatever the channel (email attachment, SFTP drop): one row per order line,
 * RFC 4180 quoting, CRLF rows, UTF-8. Cells that a spreadsheet would run as a formula are neutralised.
 */
@Component
public class OrderCsv {

	public static final List<String> HEADER = List.of("supplier_order_number", "order_number", "placed_at",
			"line_ref", "sku", "description", "quantity", "unit_price", "line_total", "currency", "ship_to_name",
			"ship_to_company", "ship_to_line1", "ship_to_line2", "ship_to_city", "ship_to_region",
			"ship_to_postal_code", "ship_to_country", "customer_email", "customer_phone", "notes");

	public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader(HEADER.toArray(String[]::new))
		.get();

	/** The file name suppliers see, e.g. {@code ODH-1001-acme.csv}. */
	public String fileName(SupplierOrderView order) {
		return order.supplierOrderNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
	}

	public byte[] write(SupplierOrderView order) {
		return text(order).getBytes(StandardCharsets.UTF_8);
	}

	public String text(SupplierOrderView order) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, FORMAT)) {
			for (var line : order.lines()) {
				printer.printRecord(row(order, line).stream().map(OrderCsv::neutralise).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<String> row(SupplierOrderView order, SupplierOrderView.LineView line) {
		Address to = order.shipTo() == null ? new Address(null, null, null, null, null, null, null, null)
				: order.shipTo();
		Customer customer = order.customer() == null ? new Customer(null, null, null) : order.customer();
		var cells = new ArrayList<String>(HEADER.size());
		cells.add(order.supplierOrderNumber());
		cells.add(order.orderNumber());
		cells.add(order.placedAt() == null ? null : order.placedAt().toString());
		cells.add(line.lineRef());
		cells.add(line.sku());
		cells.add(line.description());
		cells.add(Integer.toString(line.quantity()));
		cells.add(plain(line.unitPrice()));
		cells.add(plain(line.lineTotal()));
		cells.add(order.currency());
		cells.add(to.name());
		cells.add(to.company());
		cells.add(to.line1());
		cells.add(to.line2());
		cells.add(to.city());
		cells.add(to.region());
		cells.add(to.postalCode());
		cells.add(to.country());
		cells.add(customer.email());
		cells.add(customer.phone());
		cells.add(order.notes());
		return cells;
	}

	/**
	 * A spreadsheet runs a cell starting with = + - @ (or a tab or CR in front of one) as a formula; a leading
	 * apostrophe makes it plain text (OWASP "CSV injection").
	 */
	static String neutralise(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		char first = cell.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return risky ? "'" + cell : cell;
	}

	private static String plain(BigDecimal amount) {
		return amount == null ? null : amount.toPlainString();
	}

}
