package com.orderdispatch.hub.dispatch;

/**
 * Who a delivery is addressed to. Suppliers have channels today; a retailer recipient is stored and claimed the same
 * way (its route is {@code channel-<name>-retailer.<retailerId>}) once retailers have channels of their own.
 */
public record Recipient(Kind kind, String id) {

	public enum Kind {

		SUPPLIER, RETAILER;

		public String column() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public static Kind of(String column) {
			return valueOf(column.toUpperCase(java.util.Locale.ROOT));
		}

	}

	public static Recipient supplier(String supplierId) {
		return new Recipient(Kind.SUPPLIER, supplierId);
	}

	public static Recipient retailer(String retailerId) {
		return new Recipient(Kind.RETAILER, retailerId);
	}

	/** The recipient's part of route ids and claim keys; ids cannot hold a dot, so the two kinds never meet. */
	public String routeKey() {
		return kind == Kind.SUPPLIER ? id : "retailer." + id;
	}

}
