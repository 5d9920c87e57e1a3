package com.orderdispatch.hub.lifecycle;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import com.orderdispatch.hub.order.DerivedStatus;
import com.orderdispatch.hub.order.LineStatus;
import com.orderdispatch.hub.order.OrderStatus;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.FieldProblem;

/**
 * Works out what a command does to a supplier order, by {@link Transitions}, without touching the database. Input
 * it cannot take throws a 400 naming the field; a change the table forbids throws {@link IllegalTransition} (409)
 * naming each line it refuses, on a DELIVERED or CLOSED order too, so a caller that reports lines never reports none.
 * Commands naming lines are all or nothing, except a cancellation, which cancels what it can and reports the rest.
 * A command without lines applies to every line it is allowed on.
 */
final class Planner {

	private final LifecycleProperties properties;

	Planner(LifecycleProperties properties) {
		this.properties = properties;
	}

	Plan plan(OrderState state, LifecycleCommand command) {
		if (command instanceof LifecycleCommand.Deliver) {
			return deliver(state);
		}
		if (command instanceof LifecycleCommand.OpenIncident || command instanceof LifecycleCommand.CloseIncident) {
			return IncidentPlanner.plan(state, command);
		}
		if (Transitions.FINAL.contains(state.status())) {
			throw closed(state, command);
		}
		if (command instanceof LifecycleCommand.Accept accept) {
			return lines(state, accept.lineRefs(), LineAction.ACCEPT);
		}
		if (command instanceof LifecycleCommand.Reject reject) {
			requireListed("reason", reject.reason(), properties.rejectReasons());
			return lines(state, reject.lineRefs(), LineAction.REJECT);
		}
		if (command instanceof LifecycleCommand.Cancel cancel) {
			return lines(state, cancel.lineRefs(), LineAction.CANCEL);
		}
		return ship(state, (LifecycleCommand.Ship) command);
	}

	private Plan deliver(OrderState state) {
		if (state.status() == OrderStatus.DELIVERED) {
			return new Plan(state.status(), state.status(), List.of(), null, List.of());
		}
		if (state.status() == OrderStatus.CLOSED) {
			throw closed(state, new LifecycleCommand.Deliver(null));
		}
		if (!Transitions.orderMayBecome(state.status(), OrderStatus.DELIVERED)) {
			var unshipped = state.lines().stream().filter(line -> line.status() != LineStatus.SHIPPED)
				.map(line -> new Plan.Refusal(line.lineRef(), line.status(), "is " + line.status()
						+ (line.shippedQuantity() > 0 ? " with " + line.shippedQuantity() + " of " + line.quantity()
								+ " shipped" : "") + ": only a SHIPPED order can be delivered"))
				.toList();
			throw new IllegalTransition("Supplier order " + state.supplierOrderNumber() + " is " + state.status()
					+ ": only a SHIPPED order can be delivered.", unshipped);
		}
		return new Plan(state.status(), OrderStatus.DELIVERED, List.of(), null, List.of());
	}

	private Plan lines(OrderState state, List<String> lineRefs, LineAction action) {
		boolean named = lineRefs != null && !lineRefs.isEmpty();
		var targets = named ? resolve(state, lineRefs) : state.lines();
		var changes = new ArrayList<Plan.LineChange>();
		var refusals = new ArrayList<Plan.Refusal>();
		int repeats = 0;
		for (var line : targets) {
			var rule = Transitions.rule(line.status(), action)
				.filter(r -> action != LineAction.CANCEL || line.shippedQuantity() == 0);
			if (rule.isEmpty()) {
				refusals.add(new Plan.Refusal(line.lineRef(), line.status(), refusal(line, action)));
			}
			else if (rule.get().to() == line.status()) {
				repeats++;
			}
			else {
				changes.add(new Plan.LineChange(line.lineRef(), line.status(), rule.get().to(),
						line.shippedQuantity(), null));
			}
		}
		boolean refuse = action == LineAction.CANCEL || !named ? changes.isEmpty() && repeats == 0
				: !refusals.isEmpty();
		if (refuse && !refusals.isEmpty()) {
			throw new IllegalTransition("Supplier order " + state.supplierOrderNumber() + ": "
					+ action.name().toLowerCase() + " is not allowed for "
					+ (refusals.size() == 1 ? "line " + refusals.get(0).lineRef() : "these lines") + ".", refusals);
		}
		return plan(state, changes, null, action == LineAction.CANCEL ? refusals : List.of());
	}

	private Plan ship(OrderState state, LifecycleCommand.Ship ship) {
		requireListed("carrier", ship.carrier(), properties.carriers());
		if (ship.trackingUrl() != null && !isHttpUrl(ship.trackingUrl())) {
			throw ApiProblem.invalid("trackingUrl", "must be an http or https URL");
		}
		String key = ShipmentKey.of(ship);
		if (key != null && state.shipments().stream().anyMatch(s -> key.equals(s.contentKey()))) {
			// The same shipment again (a retry): it was recorded the first time.
			return new Plan(state.status(), state.status(), List.of(), null, List.of());
		}
		boolean everythingLeft = ship.lines() == null || ship.lines().isEmpty();
		var lines = everythingLeft ? remaining(state) : ship.lines();
		if (everythingLeft && lines.isEmpty() && repeatsLegacy(state, ship)) {
			// Recorded before shipments were keyed by content, its lines as requested are unknown; but nothing is
			// left to ship, so a request for everything left under its key can only be its retry.
			return new Plan(state.status(), state.status(), List.of(), null, List.of());
		}
		requireNewShipmentRef(state, ship);
		if (!everythingLeft) {
			resolve(state, lines.stream().map(LifecycleCommand.ShipLine::lineRef).toList());
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).quantity() < 1) {
					throw ApiProblem.invalid("lines[" + i + "].quantity", "must be at least 1");
				}
			}
		}
		var changes = new ArrayList<Plan.LineChange>();
		var refusals = new ArrayList<Plan.Refusal>();
		for (var shipLine : lines) {
			var line = state.line(shipLine.lineRef()).orElseThrow();
			var rule = Transitions.rule(line.status(), LineAction.SHIP);
			if (rule.isEmpty()) {
				refusals.add(new Plan.Refusal(line.lineRef(), line.status(), refusal(line, LineAction.SHIP)));
			}
			else if (shipLine.quantity() > line.remaining()) {
				refusals.add(new Plan.Refusal(line.lineRef(), line.status(), "ships " + shipLine.quantity()
						+ " but only " + line.remaining() + " of " + line.quantity() + " remain to ship"));
			}
			else {
				int shipped = line.shippedQuantity() + shipLine.quantity();
				changes.add(new Plan.LineChange(line.lineRef(), line.status(),
						shipped == line.quantity() ? LineStatus.SHIPPED : LineStatus.ACCEPTED, shipped,
						shipLine.quantity()));
			}
		}
		if (lines.isEmpty()) {
			throw new IllegalTransition("Supplier order " + state.supplierOrderNumber() + " has nothing left to ship.",
					state.lines().stream().map(line -> new Plan.Refusal(line.lineRef(), line.status(),
							refusal(line, LineAction.SHIP))).toList());
		}
		if (!refusals.isEmpty()) {
			throw new IllegalTransition("Supplier order " + state.supplierOrderNumber() + ": this shipment is not "
					+ "allowed.", refusals);
		}
		return plan(state, changes, new Plan.NewShipment(key, ship, List.copyOf(lines)), List.of());
	}

	private static boolean repeatsLegacy(OrderState state, LifecycleCommand.Ship ship) {
		String legacy = ShipmentKey.legacy(ship);
		return legacy != null && state.shipments().stream().anyMatch(s -> legacy.equals(s.legacyKey()));
	}

	/** A shipmentRef names one shipment: other content under it is refused, not taken for a retry. */
	private static void requireNewShipmentRef(OrderState state, LifecycleCommand.Ship ship) {
		if (ship.shipmentRef() == null || ship.shipmentRef().isBlank()) {
			return;
		}
		if (state.shipments().stream().anyMatch(s -> ship.shipmentRef().equals(s.shipmentRef()))) {
			throw new ApiProblem(409, "shipment-ref-reused", "The shipmentRef names another shipment",
					"Supplier order " + state.supplierOrderNumber() + " already has shipment " + ship.shipmentRef()
							+ " with other carrier, tracking number or lines; nothing was recorded.",
					List.of(new FieldProblem("shipmentRef",
							"names an earlier shipment with other content; send that shipment again as it was, or "
									+ "give this one its own shipmentRef")));
		}
	}

	/** Every line the command names (all without names) is refused: the order is DELIVERED or CLOSED. */
	static IllegalTransition closed(OrderState state, LifecycleCommand command) {
		List<String> named = List.of();
		if (command instanceof LifecycleCommand.Accept accept) {
			named = accept.lineRefs();
		}
		else if (command instanceof LifecycleCommand.Reject reject) {
			named = reject.lineRefs();
		}
		else if (command instanceof LifecycleCommand.Cancel cancel) {
			named = cancel.lineRefs();
		}
		else if (command instanceof LifecycleCommand.OpenIncident open) {
			named = open.lineRefs();
		}
		else if (command instanceof LifecycleCommand.CloseIncident close) {
			named = close.lineRefs();
		}
		else if (command instanceof LifecycleCommand.Ship ship && ship.lines() != null) {
			named = ship.lines().stream().map(LifecycleCommand.ShipLine::lineRef).toList();
		}
		var lines = named == null || named.isEmpty() ? state.lines() : resolve(state, named);
		String reason = "supplier order " + state.supplierOrderNumber() + " is " + state.status()
				+ ": its lines no longer change";
		return new IllegalTransition("Supplier order " + state.supplierOrderNumber() + " is " + state.status()
				+ ": its lines no longer change.",
				lines.stream().map(line -> new Plan.Refusal(line.lineRef(), line.status(), reason)).toList());
	}

	private static List<LifecycleCommand.ShipLine> remaining(OrderState state) {
		return state.lines()
			.stream()
			.filter(line -> Transitions.rule(line.status(), LineAction.SHIP).isPresent() && line.remaining() > 0)
			.map(line -> new LifecycleCommand.ShipLine(line.lineRef(), line.remaining()))
			.toList();
	}

	private static Plan plan(OrderState state, List<Plan.LineChange> changes, Plan.NewShipment shipment,
			List<Plan.Refusal> refusals) {
		var after = state.lines().stream().map(line -> {
			var change = changes.stream().filter(c -> c.lineRef().equals(line.lineRef())).findFirst();
			return change.map(c -> new DerivedStatus.Line(c.to(), line.quantity(), c.shippedQuantity()))
				.orElse(new DerivedStatus.Line(line.status(), line.quantity(), line.shippedQuantity()));
		}).toList();
		return new Plan(state.status(), DerivedStatus.ofLines(after, state.status()), List.copyOf(changes), shipment,
				List.copyOf(refusals));
	}

	static List<OrderState.LineState> resolve(OrderState state, List<String> lineRefs) {
		var problems = new ArrayList<FieldProblem>();
		var seen = new HashSet<String>();
		var lines = new ArrayList<OrderState.LineState>();
		for (int i = 0; i < lineRefs.size(); i++) {
			String ref = lineRefs.get(i);
			var line = ref == null ? null : state.line(ref).orElse(null);
			if (line == null) {
				problems.add(new FieldProblem("lines[" + i + "]",
						"names no line of supplier order " + state.supplierOrderNumber()));
			}
			else if (!seen.add(ref)) {
				problems.add(new FieldProblem("lines[" + i + "]", "names line " + ref + " twice"));
			}
			else {
				lines.add(line);
			}
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		return lines;
	}

	static String refusal(OrderState.LineState line, LineAction action) {
		if (action == LineAction.CANCEL && line.shippedQuantity() > 0) {
			return "has shipped " + line.shippedQuantity() + " of " + line.quantity() + ": it cannot be cancelled";
		}
		return "is " + line.status() + ": it cannot be " + switch (action) {
			case ACCEPT -> "accepted";
			case REJECT -> "rejected";
			case SHIP -> "shipped";
			case CANCEL -> "cancelled";
			case OPEN_INCIDENT -> "given an incident (only an ACCEPTED or SHIPPED line can)";
			case CLOSE_INCIDENT -> "relieved of an incident: it has none open";
		};
	}

	private static void requireListed(String field, String value, List<String> allowed) {
		if (value == null || value.isBlank()) {
			throw ApiProblem.invalid(field, "is required; one of " + allowed);
		}
		if (!allowed.contains(value)) {
			throw ApiProblem.invalid(field, "must be one of " + allowed);
		}
	}

	private static boolean isHttpUrl(String url) {
		try {
			var uri = URI.create(url);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
