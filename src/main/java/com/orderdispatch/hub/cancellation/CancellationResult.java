package com.orderdispatch.hub.cancellation;

import java.util.List;

import com.orderdispatch.hub.order.LineStatus;
import com.orderdispatch.hub.order.OrderView;

/**
 * The answer to a retailer's cancellation: the lines cancelled now, the lines that could not be (already shipped,
 * say), each with its reason, and the order as it now stands.
 */
record CancellationResult(List<CancelledLine> cancelled, List<NotCancellable> notCancellable, OrderView order) {

	record CancelledLine(String supplierOrderNumber, String lineRef) {
	}

	record NotCancellable(String supplierOrderNumber, String lineRef, LineStatus status, String reason) {
	}

}
