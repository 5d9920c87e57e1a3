package com.orderdispatch.hub.supplierapi;

import java.util.List;

import com.orderdispatch.hub.order.OrderStatus;
import com.orderdispatch.hub.order.SupplierOrderFilter;
import com.orderdispatch.hub.order.SupplierOrderQueries;
import com.orderdispatch.hub.order.SupplierOrderView;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.ApiResponse;
import com.orderdispatch.hub.system.ApiCaller;
import com.orderdispatch.hub.system.QueryParams;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.Message;

import org.springframework.stereotype.Component;

/**
 * The supplier pull API: a supplier queries its own orders by placement time, status, and a change cursor that
 * moves forward on every change, so a poller following {@code nextCursor} never misses an order or an update.
 */
@Component("supplierPullApi")
class SupplierPullApi {

	private final SupplierOrderQueries queries;

	SupplierPullApi(SupplierOrderQueries queries) {
		this.queries = queries;
	}

	public ApiResponse list(Message message, @ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Supplier supplier) {
		var params = new QueryParams(message);
		Long after = params.cursor("after");
		int limit = params.integer("limit", 100, 1, 500);
		var filter = new SupplierOrderFilter(supplier.id(), params.instant("from"), params.instant("to"),
				params.enumValue("status", OrderStatus.class), after, limit);
		QueryParams.requireOrdered(filter.placedFrom(), filter.placedTo());
		List<SupplierOrderView> orders = queries.find(filter);
		long next = orders.isEmpty() ? (after == null ? 0 : after) : orders.get(orders.size() - 1).changeSeq();
		return ApiResponse.ok(new SupplierOrderPage(orders, Long.toString(next), orders.size() == limit));
	}

	public ApiResponse get(@Header("supplierOrderNumber") String number,
			@ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Supplier supplier) {
		return queries.find(supplier.id(), number)
			.map(ApiResponse::ok)
			.orElseThrow(() -> ApiProblem.notFound("Supplier order " + number));
	}

	/** One page of the pull API; pass {@code nextCursor} as {@code after} to get what changed since. */
	record SupplierOrderPage(List<SupplierOrderView> orders, String nextCursor, boolean hasMore) {
	}

}
