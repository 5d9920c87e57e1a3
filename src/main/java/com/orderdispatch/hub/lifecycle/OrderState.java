package com.orderdispatch.hub.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.orderdispatch.hub.order.LineStatus;
import com.orderdispatch.hub.order.OrderStatus;

/** A supplier order as the lifecycle rules need it, read under a row lock. */
public record OrderState(long id, String supplierOrderNumber, String supplierId, String orderNumber,
		String retailerId, OrderStatus status, List<LineState> lines, Set<String> shipmentKeys) {

	public record LineState(String lineRef, LineStatus status, int quantity, int shippedQuantity) {

		int remaining() {
			return quantity - shippedQuantity;
		}

	}

	public Optional<LineState> line(String lineRef) {
		return lines.stream().filter(line -> line.lineRef().equals(lineRef)).findFirst();
	}

}
