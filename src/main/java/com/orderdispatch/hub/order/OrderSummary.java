package com.orderdispatch.hub.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One row of the order list: enough to find an order without loading its lines. */
public record OrderSummary(String orderNumber, String retailerOrderRef, Instant placedAt, String customerName,
		String currency, BigDecimal total, List<PlacedOrder.SupplierOrderRef> supplierOrders) {

	/** The order's status, derived from its supplier orders'. */
	@com.fasterxml.jackson.annotation.JsonProperty("status")
	public OrderStatus status() {
		return DerivedStatus.ofSupplierOrders(supplierOrders.stream().map(PlacedOrder.SupplierOrderRef::status).toList());
	}

}
