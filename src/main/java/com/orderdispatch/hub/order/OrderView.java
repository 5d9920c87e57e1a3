package com.orderdispatch.hub.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A retailer's order as its retailer reads it back: every supplier order with lines and status history. */
public record OrderView(String orderNumber, String retailerId, String retailerOrderRef, Instant placedAt,
		Instant receivedAt, String currency, BigDecimal total, Customer customer, Address shipTo, String notes,
		List<SupplierOrderView> supplierOrders) {

	OrderView withSupplierOrders(List<SupplierOrderView> orders) {
		return new OrderView(orderNumber, retailerId, retailerOrderRef, placedAt, receivedAt, currency, total, customer,
				shipTo, notes, orders);
	}

}
