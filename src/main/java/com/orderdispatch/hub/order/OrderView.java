package com.orderdispatch.hub.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A retailer's order as its retailer reads it back: every supplier order with lines and status history, and the
 * order's status, derived from its supplier orders' ({@link DerivedStatus#ofSupplierOrders}).
 */
public record OrderView(String orderNumber, String retailerId, String retailerOrderRef, Instant placedAt,
		Instant receivedAt, String currency, BigDecimal total, Customer customer, Address shipTo, String notes,
		OrderStatus status, List<SupplierOrderView> supplierOrders) {

	public OrderView(String orderNumber, String retailerId, String retailerOrderRef, Instant placedAt,
			Instant receivedAt, String currency, BigDecimal total, Customer customer, Address shipTo, String notes,
			List<SupplierOrderView> supplierOrders) {
		this(orderNumber, retailerId, retailerOrderRef, placedAt, receivedAt, currency, total, customer, shipTo, notes,
				DerivedStatus.ofSupplierOrders(supplierOrders.stream().map(SupplierOrderView::status).toList()),
				supplierOrders);
	}

	OrderView withSupplierOrders(List<SupplierOrderView> orders) {
		return new OrderView(orderNumber, retailerId, retailerOrderRef, placedAt, receivedAt, currency, total, customer,
				shipTo, notes, orders);
	}

}
