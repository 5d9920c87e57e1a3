package com.orderdispatch.hub.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Writes API answers onto the exchange. The request's headers are dropped first: Camel would otherwise echo them
 * (the caller's Authorization header among them) back in the response.
 */
@Component("apiResponder")
public class ApiResponder {

	private static final Logger log = LoggerFactory.getLogger(ApiResponder.class);

	private final ObjectMapper json;

	private final ProblemJson problems;

	private final DatabaseAvailability database;

	ApiResponder(ObjectMapper json, ProblemJson problems, DatabaseAvailability database) {
		this.json = json;
		this.problems = problems;
		this.database = database;
	}

	/** Sends the {@link ApiResponse} in the body as JSON. */
	public void respond(Exchange exchange) throws JsonProcessingException, org.apache.camel.InvalidPayloadException {
		ApiResponse response = exchange.getMessage().getMandatoryBody(ApiResponse.class);
		var message = exchange.getMessage();
		message.removeHeaders("*");
		response.headers().forEach(message::setHeader);
		message.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
		message.setHeader(Exchange.CONTENT_TYPE, "application/json");
		message.setBody(json.writeValueAsBytes(response.body()));
	}

	/** Sends the exception caught by the error handler as problem+json; anything unforeseen becomes a bare 500. */
	public void problem(Exchange exchange) {
		Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
		String path = exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class);
		ApiProblem problem;
		if (caught instanceof ApiProblem known) {
			problem = known;
		}
		else if (database.failed(caught)) {
			// Logged once per outage by DatabaseAvailability, not once per request.
			problem = DatabaseAvailability.unavailable();
		}
		else {
			log.error("Request to {} failed", path, caught);
			problem = new ApiProblem(500, "internal-error", "Internal error",
					"The hub could not complete the request. Retrying with the same retailerOrderRef is safe.", java.util.List.of());
		}
		var message = exchange.getMessage();
		message.removeHeaders("*");
		if (problem.status() == 401) {
			message.setHeader("WWW-Authenticate", problem.challenge());
		}
		if (problem.retryAfterSeconds() > 0) {
			message.setHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
		}
		message.setHeader(Exchange.HTTP_RESPONSE_CODE, problem.status());
		message.setHeader(Exchange.CONTENT_TYPE, ProblemJson.MEDIA_TYPE);
		message.setBody(problems.render(problem, path));
	}

}
