package com.orderdispatch.hub.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before authentication on requests that carry credentials: a client with many recent failures is slowed down,
 * then refused with 429 and Retry-After; an answer of 401 counts as one more failure. The client is the connection's
 * remote address (put the hub behind a proxy that forwards it, see README "Security").
 */
final class FailedLoginFilter extends OncePerRequestFilter {

	private final FailedLogins failures;

	private final ProblemResponses problems;

	FailedLoginFilter(FailedLogins failures, ProblemResponses problems) {
		this.failures = failures;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
			chain.doFilter(request, response);
			return;
		}
		String client = request.getRemoteAddr();
		var verdict = failures.before(client);
		if (verdict.refused()) {
			problems.tooManyFailures(request, response, verdict.retryAfterSeconds());
			return;
		}
		if (!verdict.delay().isZero()) {
			pause(verdict.delay().toMillis());
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			failures.failed(client);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
