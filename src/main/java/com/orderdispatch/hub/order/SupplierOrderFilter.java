package com.orderdispatch.hub.order;

import java.time.Instant;

/** What a supplier's poller asks for: a placement-time range and/or changes after a cursor; null means "any". */
public record SupplierOrderFilter(String supplierId, Instant placedFrom, Instant placedTo, OrderStatus status,
		Long afterChange, int limit) {
}
