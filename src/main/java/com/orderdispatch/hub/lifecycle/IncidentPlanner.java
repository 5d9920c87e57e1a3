package com.orderdispatch.hub.lifecycle;

import java.util.ArrayList;
import java.util.List;

import com.orderdispatch.hub.system.ApiProblem;

/**
 * Plans opening and closing incidents on lines, by {@link Transitions}. An incident overlays a line: the supplier
 * order's status does not move, and closing the incident returns each line to the status it had when the incident
 * opened. Allowed on a DELIVERED order (goods arrive damaged), refused on a CLOSED one. Named lines are all or
 * nothing; without names, every line the action applies to.
 */
final class IncidentPlanner {

	private IncidentPlanner() {
	}

	static Plan plan(OrderState state, LifecycleCommand command) {
		boolean open = command instanceof LifecycleCommand.OpenIncident;
		var lineRefs = open ? ((LifecycleCommand.OpenIncident) command).lineRefs()
				: ((LifecycleCommand.CloseIncident) command).lineRefs();
		String text = open ? ((LifecycleCommand.OpenIncident) command).reason()
				: ((LifecycleCommand.CloseIncident) command).resolution();
		if (text == null || text.isBlank()) {
			throw ApiProblem.invalid(open ? "reason" : "resolution", "is required");
		}
		if (state.status() == com.orderdispatch.hub.order.OrderStatus.CLOSED) {
			throw Planner.closed(state, command);
		}
		LineAction action = open ? LineAction.OPEN_INCIDENT : LineAction.CLOSE_INCIDENT;
		boolean named = lineRefs != null && !lineRefs.isEmpty();
		var targets = named ? Planner.resolve(state, lineRefs) : state.lines();
		var changes = new ArrayList<Plan.LineChange>();
		var refusals = new ArrayList<Plan.Refusal>();
		for (var line : targets) {
			var rule = Transitions.rule(line.status(), action);
			if (rule.isEmpty() || (!open && line.beforeIncident() == null)) {
				refusals.add(new Plan.Refusal(line.lineRef(), line.status(), Planner.refusal(line, action)));
			}
			else {
				var to = rule.get().to() == null ? line.beforeIncident() : rule.get().to();
				changes.add(new Plan.LineChange(line.lineRef(), line.status(), to, line.shippedQuantity(), null));
			}
		}
		if (!refusals.isEmpty() && (named || changes.isEmpty())) {
			throw new IllegalTransition("Supplier order " + state.supplierOrderNumber() + ": "
					+ (open ? "an incident cannot be opened" : "no incident can be closed") + " for "
					+ (refusals.size() == 1 ? "line " + refusals.get(0).lineRef() : "these lines") + ".", refusals);
		}
		return new Plan(state.status(), state.status(), List.copyOf(changes), null, List.of());
	}

}
