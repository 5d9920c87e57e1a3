package com.orderdispatch.hub.system;

/**
 * Who is calling the API, as Spring Security authenticated them. The Camel HTTP binding puts it on every API exchange
 * under {@link #PROPERTY}; a route's bean takes the kind it serves, e.g.
 * {@code @ExchangeProperty(ApiCaller.PROPERTY) ApiCaller.Retailer retailer}. Routes never authenticate anyone.
 */
public sealed interface ApiCaller {

	String PROPERTY = "hubCaller";

	/** The name shown in logs and the delivery log. */
	String id();

	/** A retailer, by its configured id; allowed on /api/v1/orders/**. */
	record Retailer(String id) implements ApiCaller {
	}

	/** A supplier, by its configured id; allowed on /api/v1/supplier/**. */
	record Supplier(String id) implements ApiCaller {
	}

	/** The administrator (HTTP Basic); allowed on /api/v1/admin/** and /actuator/**. */
	record Admin(String id) implements ApiCaller {
	}

}
