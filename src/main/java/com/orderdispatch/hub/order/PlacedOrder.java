package com.orderdispatch.hub.order;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** What a retailer is told about its order: the hub's numbers for it and each supplier order's status. */
public record PlacedOrder(String orderNumber, String retailerOrderRef, Instant placedAt,
		List<SupplierOrderRef> supplierOrders) {

	public record SupplierOrderRef(@JsonIgnore long id, String supplierOrderNumber, String supplierId, OrderStatus status) {
	}

}
