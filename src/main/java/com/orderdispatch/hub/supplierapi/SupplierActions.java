package com.orderdispatch.hub.supplierapi;

import com.orderdispatch.hub.lifecycle.Lifecycle;
import com.orderdispatch.hub.lifecycle.LifecycleCommand;
import com.orderdispatch.hub.lifecycle.Target;
import com.orderdispatch.hub.order.Actor;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.ApiResponse;
import com.orderdispatch.hub.system.ApiCaller;
import com.orderdispatch.hub.system.JsonBodyReader;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;

import org.springframework.stereotype.Component;

/**
 * The supplier's answers to its own orders: accept, reject, ship, cancel, delivered. Each answers the supplier
 * order as it now stands. An admin may cancel for a supplier ({@link #cancelForSupplier}), recorded as ADMIN.
 */
@Component("supplierActions")
class SupplierActions {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** The reason codes a cancellation records: who cancelled. */
	static final String CANCELLED_BY_SUPPLIER = "CANCELLED_BY_SUPPLIER";

	static final String CANCELLED_BY_ADMIN = "CANCELLED_BY_ADMIN";

	private final JsonBodyReader reader;

	private final Lifecycle lifecycle;

	private final IdempotentCalls calls;

	SupplierActions(JsonBodyReader reader, Lifecycle lifecycle, IdempotentCalls calls) {
		this.reader = reader;
		this.lifecycle = lifecycle;
		this.calls = calls;
	}

	public ApiResponse accept(@Header("supplierOrderNumber") String number, @Header(IDEMPOTENCY_KEY) String key,
			@Body byte[] body, @ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Supplier supplier) {
		var request = reader.read(body, SupplierRequests.Accept.class, new SupplierRequests.Accept(null, null));
		return run(supplier.id(), number, key, "accept", body, request.toCommand());
	}

	public ApiResponse reject(@Header("supplierOrderNumber") String number, @Header(IDEMPOTENCY_KEY) String key,
			@Body byte[] body, @ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Supplier supplier) {
		var request = reader.read(body, SupplierRequests.Reject.class, null);
		return run(supplier.id(), number, key, "reject", body, request.toCommand());
	}

	public ApiResponse ship(@Header("supplierOrderNumber") String number, @Header(IDEMPOTENCY_KEY) String key,
			@Body byte[] body, @ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Supplier supplier) {
		var request = reader.read(body, SupplierRequests.Shipment.class, null);
		return run(supplier.id(), number, key, "ship", body, request.toCommand());
	}

	public ApiResponse cancel(@Header("supplierOrderNumber") String number, @Header(IDEMPOTENCY_KEY) String key,
			@Body byte[] body, @ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Supplier supplier) {
		var request = reader.read(body, SupplierRequests.Cancel.class, null);
		return run(supplier.id(), number, key, "cancel", body, request.toCommand(CANCELLED_BY_SUPPLIER));
	}

	public ApiResponse delivered(@Header("supplierOrderNumber") String number, @Header(IDEMPOTENCY_KEY) String key,
			@Body byte[] body, @ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Supplier supplier) {
		var request = reader.read(body, SupplierRequests.Delivered.class, new SupplierRequests.Delivered(null));
		return run(supplier.id(), number, key, "delivered", body, request.toCommand());
	}

	/** An admin cancels a supplier order on the supplier's behalf (the supplier phoned, say). */
	public ApiResponse cancelForSupplier(@Header("supplierOrderNumber") String number,
			@Header(IDEMPOTENCY_KEY) String key, @Body byte[] body) {
		var request = reader.read(body, SupplierRequests.Cancel.class, null);
		var command = request.toCommand(CANCELLED_BY_ADMIN);
		return calls.run("admin", key, "admin-cancel:" + number, body,
				() -> apply(Target.ofNumber(number), Actor.ADMIN, command, number));
	}

	/** An operator opens an incident on lines (the retailer phoned: damaged, missing, wrong item, ...). */
	public ApiResponse openIncident(@Header("supplierOrderNumber") String number,
			@Header(IDEMPOTENCY_KEY) String key, @Body byte[] body) {
		var command = reader.read(body, SupplierRequests.OpenIncident.class, null).toCommand();
		return calls.run("admin", key, "admin-incident-open:" + number, body,
				() -> apply(Target.ofNumber(number), Actor.ADMIN, command, number));
	}

	/** An operator closes the incident on lines, with a resolution; each line returns to its status before. */
	public ApiResponse closeIncident(@Header("supplierOrderNumber") String number,
			@Header(IDEMPOTENCY_KEY) String key, @Body byte[] body) {
		var command = reader.read(body, SupplierRequests.CloseIncident.class, null).toCommand();
		return calls.run("admin", key, "admin-incident-close:" + number, body,
				() -> apply(Target.ofNumber(number), Actor.ADMIN, command, number));
	}

	private ApiResponse run(String supplierId, String number, String key, String operation, byte[] body,
			LifecycleCommand command) {
		return calls.run("supplier:" + supplierId, key, operation + ":" + number, body,
				() -> apply(Target.ofSupplier(supplierId, number), Actor.SUPPLIER, command, number));
	}

	private Lifecycle.Result apply(Target target, Actor actor, LifecycleCommand command, String number) {
		try {
			return lifecycle.applyInTransaction(target, actor, command);
		}
		catch (ApiProblem problem) {
			if (problem.status() == 404) {
				throw ApiProblem.notFound("Supplier order " + number);
			}
			throw problem;
		}
	}

}
