package com.orderdispatch.hub.cancellation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.orderdispatch.hub.lifecycle.IllegalTransition;
import com.orderdispatch.hub.lifecycle.Lifecycle;
import com.orderdispatch.hub.lifecycle.LifecycleCommand;
import com.orderdispatch.hub.lifecycle.Target;
import com.orderdispatch.hub.order.Actor;
import com.orderdispatch.hub.order.LineStatus;
import com.orderdispatch.hub.order.OrderQueries;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.ApiResponse;
import com.orderdispatch.hub.system.ApiCaller;
import com.orderdispatch.hub.system.FieldProblem;
import com.orderdispatch.hub.system.JsonBodyReader;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A retailer cancels its order, whole or some lines ({@code POST /api/v1/orders/{orderNumber}/cancel}). Every line
 * that has not shipped is cancelled, in one transaction for the whole order; a line that has shipped is answered as
 * not cancellable, with its reason. Nothing cancellable at all is a 409. The suppliers hear of it through the
 * lifecycle's events.
 */
@Component("retailerCancellations")
class RetailerCancellations {

	static final String CANCELLED_BY_RETAILER = "CANCELLED_BY_RETAILER";

	private final JsonBodyReader reader;

	private final Lifecycle lifecycle;

	private final OrderQueries orders;

	private final TransactionTemplate transaction;

	RetailerCancellations(JsonBodyReader reader, Lifecycle lifecycle, OrderQueries orders,
			TransactionTemplate transaction) {
		this.reader = reader;
		this.lifecycle = lifecycle;
		this.orders = orders;
		this.transaction = transaction;
	}

	public ApiResponse cancel(@Header("orderNumber") String orderNumber, @Body byte[] body,
			@ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Retailer retailer) {
		String retailerId = retailer.id();
		var request = reader.read(body, CancelRequest.class, null);
		List<String> wanted = request.lines() == null ? List.of() : request.lines();
		var cancelled = new ArrayList<CancellationResult.CancelledLine>();
		var refused = new ArrayList<CancellationResult.NotCancellable>();
		List<Long> ids = transaction.execute(status -> {
			List<Long> locked = lifecycle.lockOrder(retailerId, orderNumber);
			if (locked.isEmpty()) {
				throw ApiProblem.notFound("Order " + orderNumber);
			}
			var order = orders.find(retailerId, orderNumber).orElseThrow();
			requireKnown(wanted, order);
			for (var supplierOrder : order.supplierOrders()) {
				var refs = supplierOrder.lines().stream().map(line -> line.lineRef())
					.filter(ref -> wanted.isEmpty() || wanted.contains(ref)).toList();
				if (refs.isEmpty()) {
					continue;
				}
				var before = supplierOrder.lines().stream()
					.filter(line -> refs.contains(line.lineRef()) && line.status() != LineStatus.CANCELLED)
					.map(line -> line.lineRef()).toList();
				try {
					var result = lifecycle.applyInTransaction(Target.ofNumber(supplierOrder.supplierOrderNumber()),
							Actor.RETAILER, new LifecycleCommand.Cancel(refs, CANCELLED_BY_RETAILER, request.reason()));
					result.plan().changes().forEach(change -> cancelled.add(new CancellationResult.CancelledLine(
							supplierOrder.supplierOrderNumber(), change.lineRef())));
					result.plan().refusals().forEach(r -> refused.add(new CancellationResult.NotCancellable(
							supplierOrder.supplierOrderNumber(), r.lineRef(), r.status(), r.reason())));
				}
				catch (IllegalTransition ex) {
					ex.refusals().stream().filter(r -> before.contains(r.lineRef()))
						.forEach(r -> refused.add(new CancellationResult.NotCancellable(
								supplierOrder.supplierOrderNumber(), r.lineRef(), r.status(), r.reason())));
				}
			}
			if (cancelled.isEmpty() && !refused.isEmpty()) {
				// Nothing written: the refusals above threw before any write, so the rollback undoes nothing.
				throw new ApiProblem(409, "not-cancellable", "The order cannot be cancelled",
						"No line of order " + orderNumber + " can be cancelled any more.",
						refused.stream().map(r -> new FieldProblem("lines[" + r.lineRef() + "]", r.reason())).toList());
			}
			return locked;
		});
		lifecycle.committed(ids);
		return ApiResponse.ok(new CancellationResult(cancelled, refused,
				orders.find(retailerId, orderNumber).orElseThrow()));
	}

	private static void requireKnown(List<String> wanted, com.orderdispatch.hub.order.OrderView order) {
		Set<String> known = new HashSet<>();
		order.supplierOrders().forEach(so -> so.lines().forEach(line -> known.add(line.lineRef())));
		var problems = new ArrayList<FieldProblem>();
		var seen = new HashSet<String>();
		for (int i = 0; i < wanted.size(); i++) {
			if (!known.contains(wanted.get(i))) {
				problems.add(new FieldProblem("lines[" + i + "]", "names no line of order " + order.orderNumber()));
			}
			else if (!seen.add(wanted.get(i))) {
				problems.add(new FieldProblem("lines[" + i + "]", "names line " + wanted.get(i) + " twice"));
			}
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
	}

}
