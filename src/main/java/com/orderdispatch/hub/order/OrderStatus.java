package com.orderdispatch.hub.order;

/** Where a supplier order stands. Every change is recorded with its time in the order's status history. */
public enum OrderStatus {

	PENDING, AWAITING_FULFILLMENT, SHIPPED, RECEIVED, REJECTED, CANCELED, REFUNDED, CLOSED

}
