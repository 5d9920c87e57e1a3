package com.orderdispatch.hub.system;

import java.util.List;

/**
 * A request the hub refuses, with everything an RFC 7807 problem+json answer needs. Thrown from any bean a route
 * calls; the API error route configuration turns it into the response.
 */
public class ApiProblem extends RuntimeException {

	private final int status;

	private final String type;

	private final String title;

	private final List<FieldProblem> errors;

	private final String challenge;

	private final long retryAfterSeconds;

	public ApiProblem(int status, String type, String title, String detail, List<FieldProblem> errors) {
		this(status, type, title, detail, errors, "Bearer", 0);
	}

	private ApiProblem(int status, String type, String title, String detail, List<FieldProblem> errors,
			String challenge, long retryAfterSeconds) {
		super(detail, null, false, false);
		this.status = status;
		this.type = type;
		this.title = title;
		this.errors = List.copyOf(errors);
		this.challenge = challenge;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public static ApiProblem invalid(List<FieldProblem> errors) {
		return new ApiProblem(400, "invalid-request", "The request is invalid",
				"See errors for each field at fault.", errors);
	}

	public static ApiProblem invalid(String field, String message) {
		return invalid(List.of(new FieldProblem(field, message)));
	}

	public static ApiProblem unprocessable(List<FieldProblem> errors) {
		return new ApiProblem(422, "unknown-reference", "The request names something the hub does not know",
				"See errors for each field at fault.", errors);
	}

	public static ApiProblem unauthorized() {
		return new ApiProblem(401, "unauthorized", "Authentication required",
				"Send a valid API key as 'Authorization: Bearer <key>'.", List.of());
	}

	/** 401 for the admin API, which takes HTTP Basic credentials. */
	public static ApiProblem unauthorizedBasic() {
		return new ApiProblem(401, "unauthorized", "Authentication required",
				"Send the admin credentials with HTTP Basic authentication.", List.of(), "Basic realm=\"hub-admin\"", 0);
	}

	public static ApiProblem conflict(String detail) {
		return new ApiProblem(409, "conflict", "Conflict", detail, List.of());
	}

	public static ApiProblem notFound(String what) {
		return new ApiProblem(404, "not-found", "Not found", what + " was not found.", List.of());
	}

	public static ApiProblem tooLarge(long maxBytes) {
		return new ApiProblem(413, "payload-too-large", "The request body is too large",
				"The body may be at most " + maxBytes + " bytes.", List.of());
	}

	/** 503: the hub cannot serve the request now (its database is away); the same request later will do. */
	public static ApiProblem unavailable(String detail, long retryAfterSeconds) {
		return new ApiProblem(503, "service-unavailable", "Service temporarily unavailable", detail, List.of(),
				"Bearer", retryAfterSeconds);
	}

	public int status() {
		return status;
	}

	/** The problem type as a URN, stable for clients to switch on. */
	public String type() {
		return "urn:order-dispatch-hub:problem:" + type;
	}

	public String title() {
		return title;
	}

	public List<FieldProblem> errors() {
		return errors;
	}

	/** Seconds to send as Retry-After, or 0 for none. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	/** The WWW-Authenticate challenge sent with a 401. */
	public String challenge() {
		return challenge;
	}

}
