package com.orderdispatch.hub.console;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the list pages need: links to another page, or another order, of the same list with its filters kept. */
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

	/** The current path and query without paging and sorting, ready for {@code sort=<key>&dir=<asc|desc>}. */
	@ModelAttribute("sortLink")
	String sortLink(HttpServletRequest request) {
		String link = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.replaceQueryParam("sort")
			.replaceQueryParam("dir")
			.build()
			.toUriString();
		return link + (link.contains("?") ? "&" : "?");
	}

	/** A sort key from the request, or the default when it names no column. */
	static <E extends Enum<E>> E sortOf(Class<E> type, String key, E fallback) {
		if (key == null) {
			return fallback;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().replace("_", "").equalsIgnoreCase(key.replace("-", "").replace("_", ""))) {
				return value;
			}
		}
		return fallback;
	}

}
