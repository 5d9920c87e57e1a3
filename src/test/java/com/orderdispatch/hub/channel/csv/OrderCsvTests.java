package com.orderdispatch.hub.channel.csv;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.order.Address;
import com.orderdispatch.hub.order.Customer;
import com.orderdispatch.hub.order.OrderStatus;
import com.orderdispatch.hub.order.SupplierOrderView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderCsvTests {

	private final OrderCsv csv = new OrderCsv();

	@Test
	void writesOneRowPerLineUnderTheFixedHeader() throws Exception {
		String text = csv.text(order("Leave at the back, \"please\"\nthanks"));

		assertThat(text).startsWith(String.join(",", OrderCsv.HEADER) + "\r\n");
		List<CSVRecord> rows = parse(text);
		assertThat(rows).hasSize(2);
		CSVRecord first = rows.get(0);
		assertThat(first.get("supplier_order_number")).isEqualTo("ODH-1-acme");
		assertThat(first.get("order_number")).isEqualTo("ODH-1");
		assertThat(first.get("placed_at")).isEqualTo("2026-11-22T09:30:00Z");
		assertThat(first.get("sku")).isEqualTo("ACME-HAMMER-16");
		assertThat(first.get("description")).isEqualTo("Hammer, 16oz");
		assertThat(first.get("quantity")).isEqualTo("2");
		assertThat(first.get("unit_price")).isEqualTo("14.99");
		assertThat(first.get("line_total")).isEqualTo("29.98");
		assertThat(first.get("currency")).isEqualTo("GBP");
		assertThat(first.get("ship_to_name")).isEqualTo("Zoë Ångström");
		assertThat(first.get("ship_to_company")).isEmpty();
		assertThat(first.get("ship_to_postal_code")).isEqualTo("SW1Y 4JH");
		assertThat(first.get("customer_email")).isEqualTo("zoe@example.com");
		assertThat(first.get("notes")).isEqualTo("Leave at the back, \"please\"\nthanks");
		assertThat(rows.get(1).get("line_ref")).isEqualTo("2");
	}

	@Test
	void writesUtf8() {
		byte[] bytes = csv.write(order(null));

		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Zoë Ångström");
	}

	@Test
	void neutralisesCellsASpreadsheetWouldRunAsFormulasButNotPhoneNumbers() throws Exception {
		List<CSVRecord> rows = parse(csv.text(order("=HYPERLINK(\"http://evil\")")));

		assertThat(rows.get(0).get("notes")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(rows.get(0).get("customer_phone")).isEqualTo("+44 20 7946 0000");
	}

	@Test
	void repeatsTheOrderLevelFieldsOnEveryRowInTheStandardOrder() throws Exception {
		List<CSVRecord> rows = parse(csv.text(order(null)));

		assertThat(OrderCsv.HEADER).startsWith("order_number", "supplier_order_number", "retailer_id",
				"retailer_order_ref", "placed_at", "customer_name", "customer_email", "customer_phone", "ship_to_name")
			.endsWith("line_ref", "sku", "description", "quantity", "unit_price", "line_total", "currency", "notes");
		for (CSVRecord row : rows) {
			assertThat(row.get("retailer_id")).isEqualTo("demo-shop");
			assertThat(row.get("retailer_order_ref")).isEqualTo("DEMO-1");
			assertThat(row.get("customer_name")).isEqualTo("Zoë Ångström");
			assertThat(row.get("ship_to_line1")).isEqualTo("12 St James's Square");
		}
	}

	@Test
	void writesTheSuppliersColumnsInItsOrderUnderItsHeaderNamesWithItsDelimiter() throws Exception {
		var layout = new CsvSettings(List.of("sku", "quantity", "supplier_order_number"),
				Map.of("supplier_order_number", "PO Number"), ";", null).layout();

		String text = csv.text(order(null), layout);

		assertThat(text).isEqualTo("sku;quantity;PO Number\r\nACME-HAMMER-16;2;ODH-1-acme\r\nACME-NAILS-500;1;ODH-1-acme\r\n");
	}

	@Test
	void quotesCellsThatHoldTheDelimiterQuotesOrLineBreaks() {
		var layout = new CsvSettings(List.of("description", "notes"), null, ";", null).layout();

		String text = csv.text(order("a;b \"c\"\nd"), layout);

		assertThat(text).isEqualTo("description;notes\r\nHammer, 16oz;\"a;b \"\"c\"\"\nd\"\r\nNails;\"a;b \"\"c\"\"\nd\"\r\n");
	}

	@Test
	void writesFormulasVerbatimForASupplierThatSwitchedNeutralisingOff() throws Exception {
		var layout = new CsvSettings(null, null, null, false).layout();

		List<CSVRecord> rows = parse(csv.text(order("=1+2"), layout));

		assertThat(rows.get(0).get("notes")).isEqualTo("=1+2");
		assertThat(rows.get(0).get("customer_phone")).isEqualTo("+44 20 7946 0000");
	}

	@Test
	void neverNeutralisesTheAmountsTheHubWrites() throws Exception {
		var negative = new SupplierOrderView.LineView("1", "REFUND", "Refund", 1, new BigDecimal("-5.00"),
				new BigDecimal("-5.00"));
		var base = order(null);
		var order = new SupplierOrderView(base.supplierOrderNumber(), base.orderNumber(), base.supplierId(),
				base.retailerId(), base.retailerOrderRef(), base.placedAt(), base.status(), base.currency(),
				base.total(), base.customer(), base.shipTo(), null, List.of(negative), List.of(), base.updatedAt(), 1);

		CSVRecord row = parse(csv.text(order)).get(0);

		assertThat(row.get("unit_price")).isEqualTo("-5.00");
		assertThat(row.get("line_total")).isEqualTo("-5.00");
	}

	@Test
	void refusesUnknownOrRepeatedColumnsAndBadDelimiters() {
		assertThat(new CsvSettings(List.of("sku", "colour"), null, null, null).problems()).containsOnlyKeys("columns");
		assertThat(new CsvSettings(List.of("sku", "sku"), null, null, null).problems()).containsOnlyKeys("columns");
		assertThat(new CsvSettings(null, Map.of("sku", "A\nB"), null, null).problems()).containsOnlyKeys("headers.sku");
		assertThat(new CsvSettings(null, null, "\"", null).problems()).containsOnlyKeys("delimiter");
		assertThat(new CsvSettings(null, null, ";;", null).problems()).containsOnlyKeys("delimiter");
		assertThat(new CsvSettings(List.of("sku"), Map.of("sku", "Article"), "\t", true).problems()).isEmpty();
	}

	@Test
	void namesTheFileAfterTheSupplierOrder() {
		assertThat(csv.fileName(order(null))).isEqualTo("ODH-1-acme.csv");
	}

	private static List<CSVRecord> parse(String text) throws Exception {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
	}

	static SupplierOrderView order(String notes) {
		var lines = List.of(
				new SupplierOrderView.LineView("1", "ACME-HAMMER-16", "Hammer, 16oz", 2, new BigDecimal("14.99"),
						new BigDecimal("29.98")),
				new SupplierOrderView.LineView("2", "ACME-NAILS-500", "Nails", 1, new BigDecimal("4.50"),
						new BigDecimal("4.50")));
		return new SupplierOrderView("ODH-1-acme", "ODH-1", "acme", "demo-shop", "DEMO-1",
				Instant.parse("2026-11-22T09:30:00Z"), OrderStatus.PENDING, "GBP", new BigDecimal("34.48"),
				new Customer("Zoë Ångström", "zoe@example.com", "+44 20 7946 0000"),
				new Address("Zoë Ångström", null, "12 St James's Square", null, "London", null, "SW1Y 4JH", "GB"),
				notes, lines, List.of(), Instant.parse("2026-11-22T09:30:00Z"), 1);
	}

}
