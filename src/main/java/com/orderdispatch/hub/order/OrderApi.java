package com.orderdispatch.hub.order;

import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.ApiResponse;
import com.orderdispatch.hub.system.ApiCaller;
import com.orderdispatch.hub.system.QueryParams;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.Message;

import org.springframework.stereotype.Component;

/** The retailer's read API: one order whole, and the filtered, paged order list. */
@Component("orderApi")
class OrderApi {

	private final OrderQueries queries;

	OrderApi(OrderQueries queries) {
		this.queries = queries;
	}

	public ApiResponse get(@Header("orderNumber") String orderNumber,
			@ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Retailer retailer) {
		return queries.find(retailer.id(), orderNumber)
			.map(ApiResponse::ok)
			.orElseThrow(() -> ApiProblem.notFound("Order " + orderNumber));
	}

	public ApiResponse list(Message message, @ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Retailer retailer) {
		var params = new QueryParams(message);
		var filter = new OrderFilter(retailer.id(), params.instant("from"), params.instant("to"),
				params.text("orderNumber"), params.text("customerName"), params.enumValue("status", OrderStatus.class),
				params.text("supplierId"), params.integer("page", 0, 0, 100_000), params.integer("size", 50, 1, 200));
		QueryParams.requireOrdered(filter.placedFrom(), filter.placedTo());
		return ApiResponse.ok(queries.list(filter));
	}

}
