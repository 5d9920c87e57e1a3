package com.orderdispatch.hub.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.orderdispatch.hub.deliverylog.DeliveryView;
import com.orderdispatch.hub.order.OrderView;

/** One order's history in time order: receipt, every status change of its supplier orders, every delivery attempt. */
public record Timeline(List<Event> events) {

	/**
	 * @param kind {@code order}, {@code status} or {@code attempt}, for the icon and colour
	 * @param outcome for attempts: DELIVERED, FAILED, ...; for status changes the new status
	 */
	public record Event(Instant at, String kind, String supplierOrderNumber, String title, String detail,
			String outcome) {
	}

	private static String detail(String reason, String note) {
		if (reason == null) {
			return note;
		}
		return note == null ? reason : reason + " · " + note;
	}

	static Timeline of(OrderView order, List<DeliveryView> deliveries) {
		var events = new ArrayList<Event>();
		events.add(new Event(order.receivedAt(), "order", null, "Order received from " + order.retailerId(),
				"Retailer reference " + order.retailerOrderRef(), "RECEIVED"));
		for (var supplierOrder : order.supplierOrders()) {
			for (var change : supplierOrder.statusHistory()) {
				String what = change.lineRef() == null ? "" : " line " + change.lineRef();
				events.add(new Event(change.at(), "status", supplierOrder.supplierOrderNumber(),
						supplierOrder.supplierId() + what + ": " + (change.from() == null ? "created as " + change.to()
								: change.from() + " → " + change.to()) + (change.actor() == null ? "" : " by " + change.actor()),
						detail(change.reason(), change.note()), change.to()));
			}
		}
		for (var delivery : deliveries) {
			for (var attempt : delivery.attemptLog()) {
				String detail = (attempt.httpStatus() == null ? "" : "HTTP " + attempt.httpStatus() + " · ")
						+ attempt.durationMs() + " ms" + (attempt.error() == null ? "" : " · " + attempt.error());
				events.add(new Event(attempt.startedAt(), "attempt", delivery.supplierOrderNumber(),
						delivery.channel() + " to " + delivery.supplierId() + ", attempt " + attempt.attempt(), detail,
						attempt.outcome()));
			}
		}
		events.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder())));
		return new Timeline(events);
	}

}
