package com.orderdispatch.hub.system;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside the API routes (an unknown path, a method an endpoint does not take) answer in the same
 * RFC 7807 shape as everything else, instead of Spring Boot's own error document.
 */
@RestController
class ProblemErrorController implements ErrorController {

	private final ProblemJson problems;

	ProblemErrorController(ProblemJson problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	ResponseEntity<byte[]> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		var problem = new ApiProblem(status.value(), status.name().toLowerCase().replace('_', '-'),
				status.getReasonPhrase(), detail(status), List.of());
		return ResponseEntity.status(status)
			.header("Content-Type", ProblemJson.MEDIA_TYPE)
			.body(problems.render(problem, path));
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this path; see the README for the API.";
			case METHOD_NOT_ALLOWED -> "This path does not take this HTTP method.";
			default -> status.is5xxServerError() ? "The hub could not complete the request."
					: status.getReasonPhrase() + ".";
		};
	}

}
