package com.orderdispatch.hub.lifecycle;

import java.util.List;

import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.FieldProblem;

/** A change the transition table does not allow: 409 problem+json, naming each line at fault; nothing changed. */
public final class IllegalTransition extends ApiProblem {

	private final List<Plan.Refusal> refusals;

	IllegalTransition(String detail, List<Plan.Refusal> refusals) {
		super(409, "illegal-transition", "The order cannot change this way", detail,
				refusals.stream().map(r -> new FieldProblem("lines[" + r.lineRef() + "]", r.reason())).toList());
		this.refusals = List.copyOf(refusals);
	}

	public List<Plan.Refusal> refusals() {
		return refusals;
	}

}
