package com.orderdispatch.hub.intake;

import com.orderdispatch.hub.order.PlacedOrder;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** Orders received and refused, by retailer and supplier, for Prometheus. */
@Component
class IntakeMetrics {

	private final MeterRegistry registry;

	IntakeMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void received(String retailerId, PlacedOrder order) {
		registry.counter("hub.orders.received", "retailer", retailerId).increment();
		for (var supplierOrder : order.supplierOrders()) {
			registry.counter("hub.supplier.orders", "supplier", supplierOrder.supplierId()).increment();
		}
	}

	void duplicate(String retailerId) {
		registry.counter("hub.orders.duplicates", "retailer", retailerId).increment();
	}

	void rejected(String retailerId, int status) {
		registry.counter("hub.orders.rejected", "retailer", retailerId, "status", Integer.toString(status))
			.increment();
	}

}
