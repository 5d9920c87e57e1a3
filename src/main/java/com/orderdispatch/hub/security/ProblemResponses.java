package com.orderdispatch.hub.security;

import java.io.IOException;
import java.util.List;

import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security's refusals in the API's RFC 7807 shape: 401 with the challenge the path expects (Basic for the admin API
 * and actuator, Bearer elsewhere), 403 for a caller without the role, 429 with Retry-After for a throttled client.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemJson problems;

	private final RequestMatcher basicPaths;

	private final RequestMatcher guardedPaths;

	/**
	 * @param basicPaths where a 401 asks for HTTP Basic
	 * @param guardedPaths paths with an access rule; anything else is closed and answers 404, as if it did not exist
	 */
	ProblemResponses(ProblemJson problems, RequestMatcher basicPaths, RequestMatcher guardedPaths) {
		this.problems = problems;
		this.basicPaths = basicPaths;
		this.guardedPaths = guardedPaths;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (!guardedPaths.matches(request)) {
			notFound(request, response);
			return;
		}
		var problem = basicPaths.matches(request) ? ApiProblem.unauthorizedBasic() : ApiProblem.unauthorized();
		response.setHeader("WWW-Authenticate", problem.challenge());
		write(request, response, problem);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		if (!guardedPaths.matches(request)) {
			notFound(request, response);
			return;
		}
		write(request, response, new ApiProblem(403, "forbidden", "Forbidden",
				"These credentials do not give access to this path.", List.of()));
	}

	void tooManyFailures(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
			throws IOException {
		response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
		write(request, response, new ApiProblem(429, "too-many-failed-logins", "Too many failed logins",
				"Too many wrong credentials came from this client; try again in " + retryAfterSeconds + " s.",
				List.of()));
	}

	private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, new ApiProblem(404, "not-found", "Not Found",
				"There is nothing at this path; see the README for the API.", List.of()));
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem)
			throws IOException {
		response.setStatus(problem.status());
		response.setContentType(ProblemJson.MEDIA_TYPE);
		response.getOutputStream().write(problems.render(problem, request.getRequestURI()));
	}

}
