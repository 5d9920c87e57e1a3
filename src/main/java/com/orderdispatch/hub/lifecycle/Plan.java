package com.orderdispatch.hub.lifecycle;

import java.util.List;

import com.orderdispatch.hub.order.LineStatus;
import com.orderdispatch.hub.order.OrderStatus;

/**
 * What a command does to one supplier order: the line changes, the order's status before and after, a new shipment,
 * and the lines it could not touch (only a cancellation goes ahead with some lines refused).
 */
public record Plan(OrderStatus from, OrderStatus to, List<LineChange> changes, NewShipment shipment,
		List<Refusal> refusals) {

	/**
	 * @param shippedQuantity the line's shipped quantity after the change
	 * @param quantity the quantity this change shipped, for a shipment
	 */
	public record LineChange(String lineRef, LineStatus from, LineStatus to, int shippedQuantity, Integer quantity) {
	}

	public record NewShipment(String contentKey, LifecycleCommand.Ship command, List<LifecycleCommand.ShipLine> lines) {
	}

	/** A line the command could not change, and why (e.g. "is SHIPPED: it cannot be cancelled"). */
	public record Refusal(String lineRef, LineStatus status, String reason) {
	}

	public boolean changed() {
		return !changes.isEmpty() || from != to || shipment != null;
	}

}
