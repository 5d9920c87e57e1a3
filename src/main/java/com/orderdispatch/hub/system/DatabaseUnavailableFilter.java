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
 * API description needs no database and is always served.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final String OPENAPI = "/api/v1/openapi.json";

	private final DatabaseAvailability database;

	private final ProblemJson problems;

	DatabaseUnavailableFilter(DatabaseAvailability database, ProblemJson problems) {
		this.database = database;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (database.isReachable() || OPENAPI.equals(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		problems.send(response, DatabaseAvailability.unavailable(), request.getRequestURI());
	}

}
