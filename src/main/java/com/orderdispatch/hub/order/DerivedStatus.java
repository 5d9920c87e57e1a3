package com.orderdispatch.hub.order;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The status rules: a supplier order's status follows from its lines, and a retailer's order's from its supplier
 * orders. DELIVERED and CLOSED are set on the order itself and are kept once reached.
 */
public final class DerivedStatus {

	private static final Set<OrderStatus> SHIPPED_OR_LATER = EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED,
			OrderStatus.CLOSED);

	private DerivedStatus() {
	}

	/** A line as the rules see it. */
	public record Line(LineStatus status, int quantity, int shippedQuantity) {
	}

	/**
	 * No line left to fulfil: REJECTED when every line was rejected, otherwise CANCELLED. Some shipped: SHIPPED once
	 * every live line has shipped in full, else PARTIALLY_SHIPPED. Otherwise PENDING while a line is pending, then
	 * ACCEPTED (awaiting fulfilment).
	 */
	public static OrderStatus ofLines(Collection<Line> lines, OrderStatus current) {
		if (current == OrderStatus.DELIVERED || current == OrderStatus.CLOSED) {
			return current;
		}
		var live = lines.stream()
			.filter(line -> line.status() != LineStatus.REJECTED && line.status() != LineStatus.CANCELLED)
			.toList();
		if (live.isEmpty()) {
			return lines.stream().allMatch(line -> line.status() == LineStatus.REJECTED) ? OrderStatus.REJECTED
					: OrderStatus.CANCELLED;
		}
		boolean anyShipped = live.stream().anyMatch(line -> line.shippedQuantity() > 0);
		if (anyShipped) {
			return live.stream().allMatch(line -> line.status() == LineStatus.SHIPPED) ? OrderStatus.SHIPPED
					: OrderStatus.PARTIALLY_SHIPPED;
		}
		return live.stream().anyMatch(line -> line.status() == LineStatus.PENDING) ? OrderStatus.PENDING
				: OrderStatus.ACCEPTED;
	}

	/**
	 * The retailer's view of its order. Rejected and cancelled supplier orders count only when nothing else is
	 * left; of the rest, the order is as far as its least advanced part, and PARTIALLY_SHIPPED while some parts have
	 * shipped and others not.
	 */
	public static OrderStatus ofSupplierOrders(Collection<OrderStatus> statuses) {
		if (statuses.isEmpty()) {
			return OrderStatus.PENDING;
		}
		var live = statuses.stream()
			.filter(status -> status != OrderStatus.REJECTED && status != OrderStatus.CANCELLED)
			.toList();
		if (live.isEmpty()) {
			return statuses.stream().allMatch(status -> status == OrderStatus.REJECTED) ? OrderStatus.REJECTED
					: OrderStatus.CANCELLED;
		}
		if (live.stream().allMatch(status -> status == OrderStatus.CLOSED)) {
			return OrderStatus.CLOSED;
		}
		if (live.stream().allMatch(status -> status == OrderStatus.DELIVERED || status == OrderStatus.CLOSED)) {
			return OrderStatus.DELIVERED;
		}
		if (live.stream().allMatch(SHIPPED_OR_LATER::contains)) {
			return OrderStatus.SHIPPED;
		}
		if (live.stream().anyMatch(status -> status == OrderStatus.PARTIALLY_SHIPPED || SHIPPED_OR_LATER.contains(status))) {
			return OrderStatus.PARTIALLY_SHIPPED;
		}
		return live.contains(OrderStatus.PENDING) ? OrderStatus.PENDING : OrderStatus.ACCEPTED;
	}

}
