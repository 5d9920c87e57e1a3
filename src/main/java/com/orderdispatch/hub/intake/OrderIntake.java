package com.orderdispatch.hub.intake;

import java.util.Map;
import java.util.Optional;

import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.order.NewOrder;
import com.orderdispatch.hub.order.OrderQueries;
import com.orderdispatch.hub.order.PlacedOrder;
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

/**
 * Intake owns the way in: it checks a retailer's order, splits it by supplier and commits the order, its supplier
 * orders and their planned deliveries in one transaction before the retailer hears "201" (a transaction it may share
 * with orders arriving at the same moment: {@link GroupCommit}). The same retailer
 * reference again answers "200" with the original order and creates nothing, if the request is the same order (by
 * its {@link RequestFingerprint}); a different order under a used reference answers "409" and creates nothing.
 * The group commit finds references already stored with one read per group before any insert is tried, so a storm
 * of retries costs no write, no lock and no sequence number, and a new order no read of its own.
 */
@Component("orderIntake")
class OrderIntake {

	private static final Logger log = LoggerFactory.getLogger(OrderIntake.class);

	private static final int LOCK_RETRIES = 3;

	private final OrderRequestReader reader;

	private final SupplierSplitter splitter;

	private final LiveConfig config;

	private final OrderQueries queries;

	private final IntakeMetrics metrics;

	private final GroupCommit groupCommit;

	OrderIntake(OrderRequestReader reader, SupplierSplitter splitter, LiveConfig config, OrderQueries queries,
			IntakeMetrics metrics, GroupCommit groupCommit) {
		this.reader = reader;
		this.splitter = splitter;
		this.config = config;
		this.queries = queries;
		this.metrics = metrics;
		this.groupCommit = groupCommit;
	}

	public ApiResponse receive(@Body byte[] body, @ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Retailer retailer) {
		String retailerId = retailer.id();
		try {
			OrderRequest request = reader.read(body);
			return place(retailerId, toNewOrder(retailerId, request, RequestFingerprint.of(request)));
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
		return Optional.of(new ApiResponse(200, prior.get().order(), Map.of("Idempotent-Replayed", "true")));
	}

	private ApiResponse place(String retailerId, NewOrder order) {
		for (int attempt = 1;; attempt++) {
			try {
				// Committed together with whatever other orders arrive now (group commit); durable on return.
				PlacedOrder placed = groupCommit.place(order, config.current());
				metrics.received(retailerId, placed);
				try (var ignored = MDC.putCloseable("orderNumber", placed.orderNumber())) {
					log.info("Order {} from {} ({}) placed with {} supplier order(s)", placed.orderNumber(),
							retailerId, order.retailerOrderRef(), placed.supplierOrders().size());
				}
				return ApiResponse.created(placed, "/api/v1/orders/" + placed.orderNumber());
			}
			catch (DuplicateKeyException ex) {
				// A retry of a stored order, or a concurrent submission of the same reference committed first.
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

}
