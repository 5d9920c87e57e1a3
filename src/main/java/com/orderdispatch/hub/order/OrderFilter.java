package com.orderdispatch.hub.order;

import java.time.Instant;

/** The filters operators use daily; null means "any". Page numbers start at 0. */
public record OrderFilter(String retailerId, Instant placedFrom, Instant placedTo, String orderNumber,
		String customerName, OrderStatus status, String supplierId, int page, int size) {
}
