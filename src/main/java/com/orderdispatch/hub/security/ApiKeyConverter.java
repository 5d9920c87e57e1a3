package com.orderdispatch.hub.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Reads {@code Authorization: Bearer <key>} from the request header, never from a query parameter or the body, and
 * tells by the path whose key it must be: a retailer's under /api/v1/orders, a supplier's under /api/v1/supplier.
 */
final class ApiKeyConverter implements AuthenticationConverter {

	static final RequestMatcher RETAILER_PATHS = PathPatternRequestMatcher.withDefaults().matcher("/api/v1/orders/**");

	static final RequestMatcher SUPPLIER_PATHS = PathPatternRequestMatcher.withDefaults()
		.matcher("/api/v1/supplier/**");

	@Override
	public ApiKeyAuthentication convert(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String key = header.substring(7).trim();
		if (RETAILER_PATHS.matches(request)) {
			return ApiKeyAuthentication.presented(ApiKeyAuthentication.Audience.RETAILER, key);
		}
		if (SUPPLIER_PATHS.matches(request)) {
			return ApiKeyAuthentication.presented(ApiKeyAuthentication.Audience.SUPPLIER, key);
		}
		return null;
	}

}
