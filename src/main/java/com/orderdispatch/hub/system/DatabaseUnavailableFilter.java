package com.orderdispatch.hub.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is known to be unreachable, API requests are answered 503 with Retry-After at once: no request
 * thread waits for a connection that cannot come, so the HTTP layer (health probes among it) stays responsive. The
 * API reference (the OpenAPI description and Swagger UI) needs no database and is always served.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final java.util.Set<String> REFERENCE = java.util.Set.of("/api/v1/openapi.json",
			"/api/v1/openapi.yaml", "/api/docs");

	private final DatabaseAvailability database;

	private final ProblemJson problems;

	DatabaseUnavailableFilter(DatabaseAvailability database, ProblemJson problems) {
		this.database = database;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (database.isReachable() || isReference(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		problems.send(response, DatabaseAvailability.unavailable(), request.getRequestURI());
	}

	private static boolean isReference(String path) {
		return REFERENCE.contains(path) || path.startsWith("/api/docs/");
	}

}
