package com.orderdispatch.hub.channel.csv;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;

import com.orderdispatch.hub.order.Address;
import com.orderdispatch.hub.order.Customer;
import com.orderdispatch.hub.order.SupplierOrderView;
import com.orderdispatch.hub.order.SupplierOrderView.LineView;

/**
 * The columns an order file can have, named as suppliers configure them ({@code csv.columns}) and as the default
 * header calls them. Every row repeats the order-level fields, so each line of a file stands on its own. Amounts and
 * quantities are written by the hub and never neutralised; every other cell is text that came from a retailer.
 */
public enum CsvColumn {

	ORDER_NUMBER((o, l) -> o.orderNumber()),
	SUPPLIER_ORDER_NUMBER((o, l) -> o.supplierOrderNumber()),
	RETAILER_ID((o, l) -> o.retailerId()),
	RETAILER_ORDER_REF((o, l) -> o.retailerOrderRef()),
	PLACED_AT((o, l) -> o.placedAt() == null ? null : o.placedAt().toString()),
	CUSTOMER_NAME((o, l) -> customer(o).name()),
	CUSTOMER_EMAIL((o, l) -> customer(o).email()),
	CUSTOMER_PHONE((o, l) -> customer(o).phone()),
	SHIP_TO_NAME((o, l) -> shipTo(o).name()),
	SHIP_TO_COMPANY((o, l) -> shipTo(o).company()),
	SHIP_TO_LINE1((o, l) -> shipTo(o).line1()),
	SHIP_TO_LINE2((o, l) -> shipTo(o).line2()),
	SHIP_TO_CITY((o, l) -> shipTo(o).city()),
	SHIP_TO_REGION((o, l) -> shipTo(o).region()),
	SHIP_TO_POSTAL_CODE((o, l) -> shipTo(o).postalCode()),
	SHIP_TO_COUNTRY((o, l) -> shipTo(o).country()),
	LINE_REF((o, l) -> l.lineRef()),
	SKU((o, l) -> l.sku()),
	DESCRIPTION((o, l) -> l.description()),
	QUANTITY(false, (o, l) -> Integer.toString(l.quantity())),
	UNIT_PRICE(false, (o, l) -> plain(l.unitPrice())),
	LINE_TOTAL(false, (o, l) -> plain(l.lineTotal())),
	CURRENCY((o, l) -> o.currency()),
	NOTES((o, l) -> o.notes());

	private static final Customer NO_CUSTOMER = new Customer(null, null, null);

	private static final Address NO_ADDRESS = new Address(null, null, null, null, null, null, null, null);

	private final boolean text;

	private final BiFunction<SupplierOrderView, LineView, String> value;

	CsvColumn(BiFunction<SupplierOrderView, LineView, String> value) {
		this(true, value);
	}

	CsvColumn(boolean text, BiFunction<SupplierOrderView, LineView, String> value) {
		this.text = text;
		this.value = value;
	}

	/** The name in configuration and the default header, e.g. {@code supplier_order_number}. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Free text from the retailer, which a spreadsheet might take for a formula. */
	boolean isText() {
		return text;
	}

	String value(SupplierOrderView order, LineView line) {
		return value.apply(order, line);
	}

	public static Optional<CsvColumn> byKey(String key) {
		return Arrays.stream(values()).filter(column -> column.key().equals(key)).findFirst();
	}

	private static Customer customer(SupplierOrderView order) {
		return order.customer() == null ? NO_CUSTOMER : order.customer();
	}

	private static Address shipTo(SupplierOrderView order) {
		return order.shipTo() == null ? NO_ADDRESS : order.shipTo();
	}

	private static String plain(BigDecimal amount) {
		return amount == null ? null : amount.toPlainString();
	}

}
