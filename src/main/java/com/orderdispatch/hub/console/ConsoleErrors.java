package com.orderdispatch.hub.console;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/** "Not found" and the like as a console page with the navigation, not as the API's problem+json. */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
class ConsoleErrors {

	@ExceptionHandler(ResponseStatusException.class)
	String notThere(ResponseStatusException ex, Model model, jakarta.servlet.http.HttpServletResponse response) {
		response.setStatus(ex.getStatusCode().value());
		model.addAttribute("status", ex.getStatusCode().value());
		model.addAttribute("reason", ex.getReason());
		return "console/error";
	}

}
