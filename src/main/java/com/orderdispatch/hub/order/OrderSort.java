package com.orderdispatch.hub.order;

/** The columns the order list sorts by; the SQL is fixed here, so a request can only choose among them. */
public enum OrderSort {

	PLACED("o.placed_at"), NUMBER("o.order_number"), CUSTOMER("lower(o.customer_name)"),
	REFERENCE("o.retailer_order_ref"), TOTAL("o.total");

	private final String expression;

	OrderSort(String expression) {
		this.expression = expression;
	}

	String orderBy(boolean ascending) {
		return " order by " + expression + (ascending ? " asc" : " desc") + ", o.id" + (ascending ? " asc" : " desc");
	}

}
