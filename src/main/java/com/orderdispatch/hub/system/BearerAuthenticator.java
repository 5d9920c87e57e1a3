package com.orderdispatch.hub.system;

import java.util.Optional;
import java.util.function.Function;

import com.orderdispatch.hub.config.LiveConfig;
import org.apache.camel.Exchange;

import org.springframework.stereotype.Component;

/**
 * Checks the {@code Authorization: Bearer <key>} header against the configured retailer and supplier keys and puts
 * who is calling on the exchange. The header is removed at once so the key goes no further.
 */
@Component("bearerAuthenticator")
public class BearerAuthenticator {

	public static final String RETAILER_ID = "hubRetailerId";

	public static final String SUPPLIER_ID = "hubSupplierId";

	private final LiveConfig config;

	BearerAuthenticator(LiveConfig config) {
		this.config = config;
	}

	public void retailer(Exchange exchange) {
		String id = authenticate(exchange, key -> config.current().retailerByKey(key).map(r -> r.id()));
		exchange.setProperty(RETAILER_ID, id);
	}

	public void supplier(Exchange exchange) {
		String id = authenticate(exchange, key -> config.current().supplierByKey(key).map(s -> s.id()));
		exchange.setProperty(SUPPLIER_ID, id);
	}

	private static String authenticate(Exchange exchange, Function<String, Optional<String>> lookup) {
		String header = exchange.getMessage().getHeader("Authorization", String.class);
		exchange.getMessage().removeHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw ApiProblem.unauthorized();
		}
		return lookup.apply(header.substring(7).trim()).orElseThrow(ApiProblem::unauthorized);
	}


}
