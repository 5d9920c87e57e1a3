package com.orderdispatch.hub.channel.email;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.order.Address;
import com.orderdispatch.hub.order.Customer;
import com.orderdispatch.hub.order.OrderStatus;
import com.orderdispatch.hub.order.SupplierOrderView;

/**
 * The variables the templates see (documented in docs/email.md). Every variable is always present, empty when the
 * order has no value, so a template that names an unknown variable fails when it is loaded.
 */
final class EmailModels {

	private static final DateTimeFormatter PLACED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private EmailModels() {
	}

	static Map<String, Object> order(SupplierOrderView order, String retailerName, String supplierName) {
		var model = new HashMap<String, Object>();
		model.put("supplierOrderNumber", order.supplierOrderNumber());
		model.put("orderNumber", order.orderNumber());
		model.put("retailerOrderRef", order.retailerOrderRef());
		model.put("retailerName", retailerName);
		model.put("supplierName", supplierName);
		model.put("placedAt", order.placedAt() == null ? "" : PLACED_AT.format(order.placedAt()));
		model.put("placedAtIso", order.placedAt() == null ? "" : order.placedAt().toString());
		model.put("currency", order.currency());
		model.put("total", plain(order.total()));
		Customer customer = order.customer() == null ? new Customer(null, null, null) : order.customer();
		model.put("customer", mapOf("name", customer.name(), "email", customer.email(), "phone", customer.phone()));
		Address to = order.shipTo() == null ? new Address(null, null, null, null, null, null, null, null)
				: order.shipTo();
		model.put("shipTo", mapOf("name", to.name(), "company", to.company(), "line1", to.line1(), "line2",
				to.line2(), "city", to.city(), "region", to.region(), "postalCode", to.postalCode(), "country",
				to.country()));
		model.put("notes", order.notes());
		model.put("hasNotes", order.notes() != null && !order.notes().isBlank());
		model.put("lines", order.lines().stream().map(EmailModels::line).toList());
		model.put("lineCount", order.lines().size());
		return model;
	}

	static Map<String, Object> cancellation(SupplierOrderView order, String retailerName, String supplierName,
			String reason, String canceledBy) {
		var model = order(order, retailerName, supplierName);
		model.put("reason", reason);
		model.put("canceledBy", canceledBy);
		return model;
	}

	/** The order templates are proven against when they are loaded. */
	static SupplierOrderView sampleOrder() {
		var line = new SupplierOrderView.LineView("1", "SKU-1", "Sample item", 2, new BigDecimal("1.50"),
				new BigDecimal("3.00"));
		return new SupplierOrderView("ODH-0-sample", "ODH-0", "sample", "sample", "REF-0", Instant.EPOCH,
				OrderStatus.PENDING, "GBP", new BigDecimal("3.00"), new Customer("Sample", "s@example.com", "1"),
				new Address("Sample", "Co", "1 Street", "Floor 2", "Town", "Region", "AB1 2CD", "GB"), "Note",
				List.of(line), List.of(new SupplierOrderView.StatusChangeView("PENDING", "SHIPPED", Instant.EPOCH, null,
						com.orderdispatch.hub.order.Actor.SUPPLIER, null, null, "Sample note")),
				Instant.EPOCH, 0, List.of(new SupplierOrderView.ShipmentView("S-1", "DHL", "JD0001",
						"https://track.example/JD0001", Instant.EPOCH, List.of(new SupplierOrderView.ShipmentLine("1", 2)))));
	}

	private static Map<String, Object> line(SupplierOrderView.LineView line) {
		return mapOf("lineRef", line.lineRef(), "sku", line.sku(), "description", line.description(), "quantity",
				line.quantity(), "unitPrice", plain(line.unitPrice()), "lineTotal", plain(line.lineTotal()), "status",
				line.status() == null ? "" : line.status().name(), "shippedQuantity", line.shippedQuantity(), "reason",
				line.reason());
	}

	/**
	 * An order that changed, for status notices: the order's variables plus {@code status}, who changed it
	 * ({@code changedBy}), their {@code note} and {@code reason}, the rejected lines ({@code rejectedLines}) and the
	 * newest shipment ({@code shipment}: carrier, trackingNumber, trackingUrl, lines).
	 */
	static Map<String, Object> change(SupplierOrderView order, String retailerName, String supplierName) {
		var model = order(order, retailerName, supplierName);
		model.put("status", order.status() == null ? "" : order.status().name());
		var last = order.statusHistory().isEmpty() ? null : order.statusHistory().get(order.statusHistory().size() - 1);
		model.put("changedBy", last == null || last.actor() == null ? "" : last.actor().name().toLowerCase(java.util.Locale.ROOT));
		model.put("note", last == null ? null : last.note());
		model.put("reason", last == null ? null : last.reason());
		model.put("rejectedLines", order.lines().stream()
			.filter(line -> line.status() == com.orderdispatch.hub.order.LineStatus.REJECTED)
			.map(EmailModels::line)
			.toList());
		var shipments = order.shipments() == null ? List.<SupplierOrderView.ShipmentView>of() : order.shipments();
		if (shipments.isEmpty()) {
			model.put("shipment", null);
		}
		else {
			var newest = shipments.get(shipments.size() - 1);
			model.put("shipment", mapOf("carrier", newest.carrier(), "trackingNumber", newest.trackingNumber(),
					"trackingUrl", newest.trackingUrl(), "lines", newest.lines()
						.stream()
						.map(l -> l.lineRef() + " x " + l.quantity())
						.collect(java.util.stream.Collectors.joining(", "))));
		}
		return model;
	}

	private static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.toPlainString();
	}

	/** Like Map.of, but keeps null values (rendered empty). */
	private static Map<String, Object> mapOf(Object... pairs) {
		var map = new HashMap<String, Object>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
