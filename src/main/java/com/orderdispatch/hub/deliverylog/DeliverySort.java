package com.orderdispatch.hub.deliverylog;

/** The columns the delivery log sorts by; the SQL is fixed here, so a request can only choose among them. */
public enum DeliverySort {

	ID("d.id"), ORDER("o.order_number"), SUPPLIER("d.supplier_id"), CHANNEL("d.channel"), STATUS("d.status"),
	ATTEMPTS("d.attempts"), CREATED("d.created_at"), NEXT_ATTEMPT("d.next_attempt_at");

	private final String expression;

	DeliverySort(String expression) {
		this.expression = expression;
	}

	String orderBy(boolean ascending) {
		return " order by " + expression + (ascending ? " asc" : " desc") + ", d.id" + (ascending ? " asc" : " desc");
	}

}
