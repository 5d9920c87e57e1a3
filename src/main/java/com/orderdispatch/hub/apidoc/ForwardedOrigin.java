package com.orderdispatch.hub.apidoc;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the caller reached the hub: scheme, host and path prefix, taking a reverse proxy's X-Forwarded-Proto,
 * X-Forwarded-Host, X-Forwarded-Port and X-Forwarded-Prefix into account. Read here only, for the document's
 * {@code servers}, rather than by a ForwardedHeaderFilter for the whole application: that would also believe
 * X-Forwarded-For, and the sandbox's loopback check and the failed-login throttle go by the remote address. A value
 * that is not a plain scheme, host or path is ignored, so nothing a caller sends is echoed as markup.
 */
final class ForwardedOrigin {

	private static final Pattern HOST = Pattern
		.compile("([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\])(:[0-9]{1,5})?");

	private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

	private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

	private ForwardedOrigin() {
	}

	static String of(HttpServletRequest request) {
		String scheme = first(request.getHeader("X-Forwarded-Proto"));
		if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
			scheme = request.getScheme();
		}
		scheme = scheme.toLowerCase(Locale.ROOT);
		String host = valid(HOST, first(request.getHeader("X-Forwarded-Host")));
		if (host == null) {
			host = valid(HOST, request.getHeader("Host"));
			if (host == null) {
				host = request.getServerName() + ":" + request.getServerPort();
			}
		}
		else {
			String port = valid(PORT, first(request.getHeader("X-Forwarded-Port")));
			if (port != null && !host.matches(".*:[0-9]+") && !isDefault(scheme, port)) {
				host = host + ":" + port;
			}
		}
		String prefix = valid(PREFIX, stripTrailingSlash(first(request.getHeader("X-Forwarded-Prefix"))));
		return scheme + "://" + host + (prefix == null ? "" : prefix) + request.getContextPath();
	}

	private static boolean isDefault(String scheme, String port) {
		return (scheme.equals("http") && port.equals("80")) || (scheme.equals("https") && port.equals("443"));
	}

	/** A proxy chain sends a list: the first value is the one the client used. */
	private static String first(String header) {
		if (header == null) {
			return null;
		}
		String value = header.split(",", 2)[0].trim();
		return value.isEmpty() ? null : value;
	}

	private static String stripTrailingSlash(String prefix) {
		return prefix != null && prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
	}

	private static String valid(Pattern pattern, String value) {
		return value != null && pattern.matcher(value).matches() ? value : null;
	}

}
