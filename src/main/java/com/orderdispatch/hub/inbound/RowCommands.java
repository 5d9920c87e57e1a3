package com.orderdispatch.hub.inbound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import com.orderdispatch.hub.lifecycle.LifecycleCommand;

/**
 * Turns a status file's rows into lifecycle commands, in file order. SHIP rows for the same supplier order, carrier
 * and tracking number make one shipment with several lines. A row that cannot become a command is refused here.
 */
final class RowCommands {

	/** A command for one supplier order, and the rows it came from. */
	record Step(String supplierOrderNumber, String action, LifecycleCommand command, List<StatusFileFormat.Row> rows) {
	}

	record Result(List<Step> steps, List<ErrorReport.Refusal> refusals) {
	}

	private RowCommands() {
	}

	static Result of(List<StatusFileFormat.Row> rows) {
		var steps = new ArrayList<Step>();
		var shipments = new LinkedHashMap<String, List<StatusFileFormat.Row>>();
		var refusals = new ArrayList<ErrorReport.Refusal>();
		for (var row : rows) {
			String action = row.action() == null ? "" : row.action().toUpperCase(Locale.ROOT);
			try {
				if (row.supplierOrderNumber() == null) {
					throw new IllegalArgumentException("supplierOrderNumber is required");
				}
				switch (action) {
					case "ACCEPT" -> steps.add(step(row, action, new LifecycleCommand.Accept(refs(row), row.note())));
					case "REJECT" -> steps
						.add(step(row, action, new LifecycleCommand.Reject(refs(row), row.reason(), row.note())));
					case "CANCEL" -> {
						if (row.note() == null) {
							throw new IllegalArgumentException("note is required to cancel");
						}
						steps.add(step(row, action,
								new LifecycleCommand.Cancel(refs(row), "CANCELLED_BY_SUPPLIER", row.note())));
					}
					case "DELIVERED" -> steps.add(step(row, action, new LifecycleCommand.Deliver(row.note())));
					case "SHIP" -> {
						quantity(row);
						String key = row.supplierOrderNumber() + "\u0000" + row.carrier() + "\u0000" + row.trackingNumber();
						var group = shipments.get(key);
						if (group == null) {
							group = new ArrayList<>();
							shipments.put(key, group);
							// A placeholder keeps the shipment in file order; it is filled in below.
							steps.add(new Step(row.supplierOrderNumber(), key, null, group));
						}
						group.add(row);
					}
					default -> throw new IllegalArgumentException(
							"action must be one of ACCEPT, REJECT, SHIP, CANCEL, DELIVERED");
				}
			}
			catch (IllegalArgumentException ex) {
				refusals.add(new ErrorReport.Refusal(row.line(), row.supplierOrderNumber(), row.action(), row.lineRef(),
						ex.getMessage()));
			}
		}
		var finished = steps.stream().map(step -> step.command() != null ? step : shipment(step)).toList();
		return new Result(finished, refusals);
	}

	private static Step shipment(Step placeholder) {
		var rows = placeholder.rows();
		var first = rows.get(0);
		boolean whole = rows.stream().anyMatch(row -> row.lineRef() == null);
		var lines = whole ? List.<LifecycleCommand.ShipLine>of()
				: rows.stream().map(row -> new LifecycleCommand.ShipLine(row.lineRef(), quantity(row))).toList();
		String note = rows.stream().map(StatusFileFormat.Row::note).filter(n -> n != null).findFirst().orElse(null);
		return new Step(first.supplierOrderNumber(), "SHIP", new LifecycleCommand.Ship(null, first.carrier(),
				first.trackingNumber(), first.trackingUrl(), lines, note), rows);
	}

	private static int quantity(StatusFileFormat.Row row) {
		if (row.lineRef() == null) {
			if (row.quantity() != null) {
				throw new IllegalArgumentException("quantity needs a lineRef (leave both empty to ship everything left)");
			}
			return 0;
		}
		if (row.quantity() == null) {
			throw new IllegalArgumentException("quantity is required to ship a line");
		}
		try {
			int quantity = Integer.parseInt(row.quantity());
			if (quantity >= 1) {
				return quantity;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("quantity must be a whole number of at least 1");
	}

	private static List<String> refs(StatusFileFormat.Row row) {
		return row.lineRef() == null ? List.of() : List.of(row.lineRef());
	}

	private static Step step(StatusFileFormat.Row row, String action, LifecycleCommand command) {
		return new Step(row.supplierOrderNumber(), action, command, List.of(row));
	}

}
