package com.orderdispatch.hub.order;

/**
 * Where a supplier order stands. It follows from its lines (see {@code lifecycle.DerivedStatus}); every change is
 * recorded with its time, actor and note in the order's status history.
 */
public enum OrderStatus {

	/** At least one line waits for the supplier's answer. */
	PENDING,
	/** Awaiting fulfilment: no line is pending and at least one was accepted. */
	ACCEPTED,
	/** Some accepted quantity has shipped, not all of it. */
	PARTIALLY_SHIPPED,
	/** Every accepted line has shipped in full. */
	SHIPPED,
	/** The supplier confirmed delivery. */
	DELIVERED,
	/** Every line was rejected. */
	REJECTED,
	/** Cancelled by the retailer, the supplier or an admin for it (lines already rejected stay rejected). */
	CANCELLED,
	/** Nothing more will happen. */
	CLOSED

}
