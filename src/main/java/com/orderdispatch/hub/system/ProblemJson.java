package com.orderdispatch.hub.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/** Renders an {@link ApiProblem} as an RFC 7807 problem+json document. */
@Component
public class ProblemJson {

	public static final String MEDIA_TYPE = "application/problem+json";

	private final ObjectMapper json;

	public ProblemJson(ObjectMapper json) {
		this.json = json;
	}

	/** Answers a servlet request with the problem: its status, Retry-After where it has one, and the document. */
	public void send(HttpServletResponse response, ApiProblem problem, String instance) throws IOException {
		response.setStatus(problem.status());
		if (problem.retryAfterSeconds() > 0) {
			response.setHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
		}
		response.setContentType(MEDIA_TYPE);
		response.getOutputStream().write(render(problem, instance));
	}

	public byte[] render(ApiProblem problem, String instance) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("type", problem.type());
		document.put("title", problem.title());
		document.put("status", problem.status());
		document.put("detail", problem.getMessage());
		if (instance != null) {
			document.put("instance", instance);
		}
		if (!problem.errors().isEmpty()) {
			document.put("errors", problem.errors());
		}
		try {
			return json.writeValueAsBytes(document);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
