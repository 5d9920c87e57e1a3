package com.orderdispatch.hub.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes two shipments the same: the supplier's shipmentRef, carrier, tracking number and the lines and
 * quantities as requested. Parcels often hold lines reported one at a time, so carrier and tracking number alone do
 * not say a shipment was seen before. "Everything left" (no lines) is keyed as such, not as the lines it came to, so
 * its retry matches however much had shipped in between. Without a shipmentRef or a tracking number nothing tells
 * two parcels apart, and there is no key: such a shipment is never taken for a repeat.
 */
final class ShipmentKey {

	private ShipmentKey() {
	}

	/** The key of a requested shipment, or null when it has neither a shipmentRef nor a tracking number. */
	static String of(LifecycleCommand.Ship ship) {
		return of(ship.shipmentRef(), ship.carrier(), ship.trackingNumber(), ship.lines());
	}

	/** Empty or null {@code lines} mean everything left. */
	static String of(String shipmentRef, String carrier, String trackingNumber,
			List<LifecycleCommand.ShipLine> lines) {
		if (blank(shipmentRef) && blank(trackingNumber)) {
			return null;
		}
		var content = new StringBuilder();
		part(content, blank(shipmentRef) ? "" : shipmentRef);
		part(content, carrier == null ? "" : carrier);
		part(content, blank(trackingNumber) ? "" : trackingNumber);
		if (lines == null || lines.isEmpty()) {
			part(content, "*");
		}
		else {
			lines.stream()
				.sorted(Comparator.comparing(LifecycleCommand.ShipLine::lineRef)
					.thenComparingInt(LifecycleCommand.ShipLine::quantity))
				.forEach(line -> {
					part(content, line.lineRef());
					part(content, Integer.toString(line.quantity()));
				});
		}
		return sha256(content.toString());
	}

	/**
	 * The key shipments had before they were keyed by content (column natural_key): the shipmentRef, or carrier and
	 * tracking number. Only shipments recorded back then carry it.
	 */
	static String legacy(LifecycleCommand.Ship ship) {
		if (!blank(ship.shipmentRef())) {
			return "ref:" + ship.shipmentRef();
		}
		if (!blank(ship.trackingNumber())) {
			return "tracking:" + ship.carrier() + ":" + ship.trackingNumber();
		}
		return null;
	}

	// Length-prefixed, so no value can pass for two (a lineRef "A:1" and line "A" quantity 1 stay apart).
	private static void part(StringBuilder content, String value) {
		content.append(value.length()).append(':').append(value).append(';');
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
