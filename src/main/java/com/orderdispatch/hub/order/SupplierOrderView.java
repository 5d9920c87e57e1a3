package com.orderdispatch.hub.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One supplier's share of an order: what the pull API returns and what the push channels deliver. The order-level
 * fields (customer, delivery address) are repeated so a supplier never needs the retailer's whole order.
 */
public record SupplierOrderView(String supplierOrderNumber, String orderNumber, String supplierId, String retailerId,
		String retailerOrderRef, Instant placedAt, OrderStatus status, String currency, BigDecimal total,
		Customer customer, Address shipTo, String notes, List<LineView> lines, List<StatusChangeView> statusHistory,
		Instant updatedAt, long changeSeq) {

	public record LineView(String lineRef, String sku, String description, int quantity, BigDecimal unitPrice,
			BigDecimal lineTotal) {
	}

	public record StatusChangeView(OrderStatus from, OrderStatus to, Instant at, String reason) {
	}

}
