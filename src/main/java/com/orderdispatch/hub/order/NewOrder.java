package com.orderdispatch.hub.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A retailer's order after intake has checked it and split it by supplier, ready to be stored.
 *
 * @param requestHash the fingerprint of the request it came from, to tell a retry from a conflicting reuse of its
 * retailerOrderRef
 */
public record NewOrder(String retailerId, String retailerOrderRef, Instant placedAt, String currency,
		Customer customer, Address shipTo, String notes, List<NewSupplierOrder> supplierOrders, String requestHash) {

	public record NewSupplierOrder(String supplierId, List<NewLine> lines) {

		public BigDecimal total() {
			return lines.stream().map(NewLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	public record NewLine(String lineRef, String sku, String description, int quantity, BigDecimal unitPrice) {

		public BigDecimal lineTotal() {
			return unitPrice.multiply(BigDecimal.valueOf(quantity));
		}

	}

	public BigDecimal total() {
		return supplierOrders.stream().map(NewSupplierOrder::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
