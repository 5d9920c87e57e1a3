package com.orderdispatch.hub.intake;

import java.util.Optional;

import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.dispatch.EventToPlan;
import com.orderdispatch.hub.dispatch.Outbox;
import com.orderdispatch.hub.order.ChangeSequencer;
import com.orderdispatch.hub.order.NewOrder;
import com.orderdispatch.hub.order.OrderQueries;
import com.orderdispatch.hub.order.OrderStore;
import com.orderdispatch.hub.order.PlacedOrder;
import com.orderdispatch.hub.order.SupplierOrderQueries;
import com.orderdispatch.hub.order.SupplierOrderView;
import com.orderdispatch.hub.system.ApiCaller;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.ApiResponse;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Intake owns the way in: it checks a retailer's order, splits it by supplier and commits the order, its supplier
 * orders and their planned deliveries in one transaction before the retailer hears "201". The same retailer
 * reference again answers "200" with the original order and creates nothing, if the request is the same order (by
 * its {@link RequestFingerprint}); a different order under a used reference answers "409" and creates nothing.
 * Duplicates are answered from one read before any insert is tried, so a storm of retries costs no write, no lock
 * and no sequence number.
 */
@Component("orderIntake")
class OrderIntake {

	private static final Logger log = LoggerFactory.getLogger(OrderIntake.class);

	private static final int LOCK_RETRIES = 3;

	private final OrderRequestReader reader;

	private final SupplierSplitter splitter;

	private final LiveConfig config;

	private final OrderStore store;

	private final OrderQueries queries;

	private final Outbox outbox;

	private final TransactionTemplate transaction;

	private final IntakeMetrics metrics;

	private final ChangeSequencer sequencer;

	private final SupplierOrderQueries supplierOrders;

	OrderIntake(OrderRequestReader reader, SupplierSplitter splitter, LiveConfig config, OrderStore store,
			OrderQueries queries, Outbox outbox, TransactionTemplate transaction, IntakeMetrics metrics,
			ChangeSequencer sequencer, SupplierOrderQueries supplierOrders) {
		this.supplierOrders = supplierOrders;
		this.sequencer = sequencer;
		this.reader = reader;
		this.splitter = splitter;
		this.config = config;
		this.store = store;
		this.queries = queries;
		this.outbox = outbox;
		this.transaction = transaction;
		this.metrics = metrics;
	}

	public ApiResponse receive(@Body byte[] body, @ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Retailer retailer) {
		String retailerId = retailer.id();
		try {
			OrderRequest request = reader.read(body);
			String fingerprint = RequestFingerprint.of(request);
			var earlier = earlierSubmission(retailerId, request.retailerOrderRef(), fingerprint);
			if (earlier.isPresent()) {
				return earlier.get();
			}
			return place(retailerId, toNewOrder(retailerId, request, fingerprint));
		}
		catch (ApiProblem problem) {
			metrics.rejected(retailerId, problem.status());
			throw problem;
		}
	}

	private NewOrder toNewOrder(String retailerId, OrderRequest request, String fingerprint) {
		var hubConfig = config.current();
		return new NewOrder(retailerId, request.retailerOrderRef(), request.placedAt(), request.currency(),
				request.customer(), request.shipTo(), request.notes(), splitter.split(request, hubConfig), fingerprint);
	}

	/** 200 with the original for a retry, 409 for another order under the same reference, empty for a new one. */
	private Optional<ApiResponse> earlierSubmission(String retailerId, String retailerOrderRef, String fingerprint) {
		var prior = queries.findPrior(retailerId, retailerOrderRef);
		if (prior.isEmpty()) {
			return Optional.empty();
		}
		if (!prior.get().sameRequest(fingerprint)) {
			throw ApiProblem.conflict("retailerOrderRef '" + retailerOrderRef + "' was used for order "
					+ prior.get().order().orderNumber() + " with different content. Send a new retailerOrderRef for "
					+ "a new order; a retry must repeat the original request unchanged.");
		}
		metrics.duplicate(retailerId);
		return Optional.of(ApiResponse.ok(prior.get().order()));
	}

	private ApiResponse place(String retailerId, NewOrder order) {
		for (int attempt = 1;; attempt++) {
			try {
				var hubConfig = config.current();
				PlacedOrder placed = transaction.execute(status -> {
					PlacedOrder inserted = store.insert(order);
					planDeliveries(inserted, hubConfig);
					return inserted;
				});
				outbox.committed();
				sequence(placed);
				metrics.received(retailerId, placed);
				try (var ignored = MDC.putCloseable("orderNumber", placed.orderNumber())) {
					log.info("Order {} from {} ({}) placed with {} supplier order(s)", placed.orderNumber(),
							retailerId, order.retailerOrderRef(), placed.supplierOrders().size());
				}
				return ApiResponse.created(placed, "/api/v1/orders/" + placed.orderNumber());
			}
			catch (DuplicateKeyException ex) {
				// A concurrent submission of the same reference committed first.
				var earlier = earlierSubmission(retailerId, order.retailerOrderRef(), order.requestHash());
				if (earlier.isPresent()) {
					return earlier.get();
				}
				if (attempt >= LOCK_RETRIES) {
					throw ex;
				}
			}
			catch (PessimisticLockingFailureException ex) {
				// A concurrent duplicate held the row past the lock timeout; on the next try it is committed.
				if (attempt >= LOCK_RETRIES) {
					throw ex;
				}
			}
		}
	}

	/** Freezes each supplier order as it was placed, in this transaction, and plans its deliveries. */
	private void planDeliveries(PlacedOrder placed, HubConfig hubConfig) {
		var ids = new java.util.HashMap<String, Long>();
		placed.supplierOrders().forEach(ref -> ids.put(ref.supplierOrderNumber(), ref.id()));
		for (SupplierOrderView view : supplierOrders.findByIds(ids.values())) {
			outbox.plan(new EventToPlan(Outbox.ORDER_CREATED, view.supplierOrderNumber(), view.orderNumber(),
					ids.get(view.supplierOrderNumber()), view), view.supplierId(), hubConfig);
		}
	}

	/** Numbers the new supplier orders for the pull API before the 201, so a supplier can poll for them at once. */
	private void sequence(PlacedOrder placed) {
		try {
			sequencer.sequence(placed.supplierOrders().stream().map(PlacedOrder.SupplierOrderRef::id).toList());
		}
		catch (RuntimeException ex) {
			// The order is committed: answer 201 all the same; the sequencer's periodic run numbers it shortly.
			log.warn("Order {} committed, its change numbers follow shortly: {}", placed.orderNumber(),
					ex.getMessage());
		}
	}

}
