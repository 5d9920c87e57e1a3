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
		Instant updatedAt, @JsonIgnore long changeSeq, List<ShipmentView> shipments) {

	/** The shape before shipments were added: a view without shipments. */
	public SupplierOrderView(String supplierOrderNumber, String orderNumber, String supplierId, String retailerId,
			String retailerOrderRef, Instant placedAt, OrderStatus status, String currency, BigDecimal total,
			Customer customer, Address shipTo, String notes, List<LineView> lines,
			List<StatusChangeView> statusHistory, Instant updatedAt, long changeSeq) {
		this(supplierOrderNumber, orderNumber, supplierId, retailerId, retailerOrderRef, placedAt, status, currency,
				total, customer, shipTo, notes, lines, statusHistory, updatedAt, changeSeq, List.of());
	}

	/**
	 * @param status the line's own status
	 * @param shippedQuantity how much of {@code quantity} has shipped so far
	 * @param reason the reason code of a rejection
	 */
	public record LineView(String lineRef, String sku, String description, int quantity, BigDecimal unitPrice,
			BigDecimal lineTotal, LineStatus status, int shippedQuantity, String reason) {

		/** A line as placed: pending, nothing shipped. */
		public LineView(String lineRef, String sku, String description, int quantity, BigDecimal unitPrice,
				BigDecimal lineTotal) {
			this(lineRef, sku, description, quantity, unitPrice, lineTotal, LineStatus.PENDING, 0, null);
		}

	}

	/**
	 * One recorded change. {@code lineRef} is null for the order's own status, set for a line's; {@code from} and
	 * {@code to} are then the line's statuses (as names).
	 */
	public record StatusChangeView(String from, String to, Instant at, String reason, Actor actor, String lineRef,
			Integer quantity, String note) {

		public StatusChangeView(OrderStatus from, OrderStatus to, Instant at, String reason) {
			this(from == null ? null : from.name(), to == null ? null : to.name(), at, reason, Actor.AUTOMATIC, null,
					null, null);
		}

	}

	public record ShipmentView(String shipmentRef, String carrier, String trackingNumber, String trackingUrl, Instant shippedAt,
			List<ShipmentLine> lines) {
	}

	public record ShipmentLine(String lineRef, int quantity) {
	}

}
