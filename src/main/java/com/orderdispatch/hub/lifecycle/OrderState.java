package com.orderdispatch.hub.lifecycle;

import java.util.List;
import java.util.Optional;

import com.orderdispatch.hub.order.LineStatus;
import com.orderdispatch.hub.order.OrderStatus;

/** A supplier order as the lifecycle rules need it, read under a row lock. */
public record OrderState(long id, String supplierOrderNumber, String supplierId, String orderNumber,
		String retailerId, OrderStatus status, List<LineState> lines, List<RecordedShipment> shipments) {

	/** @param beforeIncident the line's status when its open incident opened, else null */
	public record LineState(String lineRef, LineStatus status, int quantity, int shippedQuantity,
			LineStatus beforeIncident) {

		public LineState(String lineRef, LineStatus status, int quantity, int shippedQuantity) {
			this(lineRef, status, quantity, shippedQuantity, null);
		}

		int remaining() {
			return quantity - shippedQuantity;
		}

	}

	/**
	 * A shipment already recorded, as far as telling a repeat apart goes.
	 * @param contentKey its {@link ShipmentKey}, null without a shipmentRef or tracking number
	 * @param legacyKey the natural_key of a shipment recorded before shipments were keyed by content, else null
	 */
	public record RecordedShipment(String shipmentRef, String contentKey, String legacyKey) {
	}

	public Optional<LineState> line(String lineRef) {
		return lines.stream().filter(line -> line.lineRef().equals(lineRef)).findFirst();
	}

}
