package com.orderdispatch.hub.console;

import java.io.IOException;

import com.orderdispatch.hub.security.FailedLogins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Holds back, then refuses with 429, console login attempts from a client with many recent failures. */
final class ConsoleLoginThrottle extends OncePerRequestFilter {

	private final FailedLogins failures;

	ConsoleLoginThrottle(FailedLogins failures) {
		this.failures = failures;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/console/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var verdict = failures.before(request.getRemoteAddr());
		if (verdict.refused()) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(verdict.retryAfterSeconds()));
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("Too many failed logins; try again in " + verdict.retryAfterSeconds() + " s.");
			return;
		}
		if (!verdict.delay().isZero()) {
			try {
				Thread.sleep(verdict.delay().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		chain.doFilter(request, response);
	}

}
