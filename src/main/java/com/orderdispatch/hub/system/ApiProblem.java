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

	public ApiProblem(int status, String type, String title, String detail, List<FieldProblem> errors) {
		this(status, type, title, detail, errors, "Bearer");
	}

	private ApiProblem(int status, String type, String title, String detail, List<FieldProblem> errors,
			String challenge) {
		super(detail, null, false, false);
		this.status = status;
		this.type = type;
		this.title = title;
		this.errors = List.copyOf(errors);
		this.challenge = challenge;
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
				"Send the admin credentials with HTTP Basic authentication.", List.of(), "Basic realm=\"hub-admin\"");
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

	/** The WWW-Authenticate challenge sent with a 401. */
	public String challenge() {
		return challenge;
	}

}
