package com.orderdispatch.hub.intake;

import java.util.ArrayList;
import java.util.List;

import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.lifecycle.Lifecycle;
import com.orderdispatch.hub.lifecycle.LifecycleCommand;
import com.orderdispatch.hub.lifecycle.Target;
import com.orderdispatch.hub.order.Actor;
import com.orderdispatch.hub.order.PlacedOrder;

import org.springframework.stereotype.Component;

/**
 * Suppliers with {@code autoAccept: true} have their new orders accepted at intake, in intake's transaction, recorded
 * as done by the hub itself (AUTOMATIC). The events planned after it then already show the order ACCEPTED.
 */
@Component
class AutoAccept {

	static final String NOTE = "accepted automatically (autoAccept)";

	private final Lifecycle lifecycle;

	AutoAccept(Lifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	PlacedOrder acceptWhereConfigured(PlacedOrder placed, HubConfig config) {
		var refs = new ArrayList<PlacedOrder.SupplierOrderRef>(placed.supplierOrders().size());
		for (var ref : placed.supplierOrders()) {
			boolean auto = config.supplier(ref.supplierId()).map(SupplierConfig::autoAccept).orElse(false);
			if (auto) {
				var result = lifecycle.applyInTransaction(Target.ofId(ref.id()), Actor.AUTOMATIC,
						new LifecycleCommand.Accept(List.of(), NOTE));
				refs.add(new PlacedOrder.SupplierOrderRef(ref.id(), ref.supplierOrderNumber(), ref.supplierId(),
						result.order().status()));
			}
			else {
				refs.add(ref);
			}
		}
		return new PlacedOrder(placed.orderNumber(), placed.retailerOrderRef(), placed.placedAt(), List.copyOf(refs));
	}

}
