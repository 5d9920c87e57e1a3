package com.orderdispatch.hub.console;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every console page needs: the link to another page of the same list, filters kept. */
@ControllerAdvice(assignableTypes = { ConsoleController.class, OrderConsoleController.class,
		DeliveryConsoleController.class })
class ConsoleAdvice {

	/** The current path and query without {@code page}, ready for {@code page=<n>} to be appended. */
	@ModelAttribute("pageLink")
	String pageLink(HttpServletRequest request) {
		String link = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.build()
			.toUriString();
		return link + (link.contains("?") ? "&" : "?") + "page=";
	}

}
