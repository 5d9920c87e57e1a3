package com.orderdispatch.hub.dispatch;

/**
 * Where a delivery is in its life. Only the engine's ledger ({@code dispatch.engine.DeliveryLedger}) moves a
 * delivery from one status to the next; docs/architecture.md draws the transitions.
 */
public enum DeliveryStatus {

	/** Waiting until its due time: planned, retried later, handed back unsent, or sent again by an admin. */
	PENDING,

	/** Claimed by one instance under a lease and being sent; due again when the lease ends unrecorded. */
	IN_FLIGHT,

	/** The receiver took it. Final. */
	DELIVERED,

	/** The retry schedule is used up, or the receiver refused it for good. Final until an admin retries it. */
	DEAD,

	/** The endpoint answered 410 Gone: stopped with the endpoint's other waiting deliveries until retried. */
	DISABLED;

	/** Whether nothing more happens to the delivery unless an admin sends it again. */
	public boolean isFinal() {
		return this == DELIVERED || this == DEAD || this == DISABLED;
	}

}
