package com.orderdispatch.hub.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One supplier's share of an order: what the pull API returns and what the push channels deliver. The order-level
 * fields (customer, delivery address) are repeated so a supplier never needs the retailer's whole order. The change
 * number stays inside: the pull API hands it out as {@code nextCursor}, and a pushed event must not vary with it.
 */
public record SupplierOrderView(String supplierOrderNumber, String orderNumber, String supplierId, String retailerId,
		String retailerOrderRef, Instant placedAt, OrderStatus status, String currency, BigDecimal total,
		Customer customer, Address shipTo, String notes, List<LineView> lines, List<StatusChangeView> statusHistory,
		Instant updatedAt, @JsonIgnore long changeSeq) {

	public record LineView(String lineRef, String sku, String description, int quantity, BigDecimal unitPrice,
			BigDecimal lineTotal) {
	}

	public record StatusChangeView(OrderStatus from, OrderStatus to, Instant at, String reason) {
	}

}
