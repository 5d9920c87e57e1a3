package com.orderdispatch.hub.lifecycle;

import java.time.Instant;

import com.orderdispatch.hub.order.Actor;
import com.orderdispatch.hub.order.SupplierOrderView;

/** One supplier order changed: before, the plan, who and why, and the order as it now stands. */
public record ChangeApplied(OrderState before, Plan plan, Actor actor, LifecycleCommand command,
		SupplierOrderView after, Instant at) {
}
