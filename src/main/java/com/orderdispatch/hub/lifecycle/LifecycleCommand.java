package com.orderdispatch.hub.lifecycle;

import java.util.List;

/**
 * One request to change a supplier order, from the supplier API, an inbound status file, a retailer's cancellation
 * or intake's auto-accept. Empty {@code lineRefs} (or lines) mean every line the action applies to.
 */
public sealed interface LifecycleCommand {

	String note();

	record Accept(List<String> lineRefs, String note) implements LifecycleCommand {
	}

	record Reject(List<String> lineRefs, String reason, String note) implements LifecycleCommand {
	}

	/**
	 * @param shipmentRef the supplier's own name for the shipment; with carrier, tracking number and lines it makes
	 * the {@link ShipmentKey} that tells a repeated shipment from a new one
	 */
	record Ship(String shipmentRef, String carrier, String trackingNumber, String trackingUrl, List<ShipLine> lines,
			String note) implements LifecycleCommand {
	}

	record ShipLine(String lineRef, int quantity) {
	}

	record Cancel(List<String> lineRefs, String reason, String note) implements LifecycleCommand {
	}

	/** The retailer or an operator reports a problem with lines (reason: damaged, missing, wrong item, ...). */
	record OpenIncident(List<String> lineRefs, String reason, String note) implements LifecycleCommand {
	}

	/** The incident on these lines is over: each returns to its status before the incident. */
	record CloseIncident(List<String> lineRefs, String resolution, String note) implements LifecycleCommand {
	}

	/** The supplier confirms the goods arrived. */
	record Deliver(String note) implements LifecycleCommand {
	}

}
