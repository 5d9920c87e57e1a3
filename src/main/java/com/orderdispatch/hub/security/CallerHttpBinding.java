package com.orderdispatch.hub.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.orderdispatch.hub.system.ApiCaller;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.servlet.ServletRestHttpBinding;
import org.apache.camel.http.common.HttpHeaderFilterStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;

/**
 * How an HTTP request becomes a Camel message for the API. Three things differ from Camel's own binding:
 * <ul>
 * <li>no {@code Authorization} header or query parameter is copied into the message (Spring Security has read the
 * header already; a query parameter of that name never authenticates and never reaches a route or a log);</li>
 * <li>the caller Spring Security authenticated goes on the exchange as an {@link ApiCaller}, the only way routes
 * learn who is calling;</li>
 * <li>an exception that escaped the routes' error handling answers a 500 problem+json, never a stack trace.</li>
 * </ul>
 */
final class CallerHttpBinding extends ServletRestHttpBinding {

	static final String BEAN_NAME = "hubHttpBinding";

	private static final Logger log = LoggerFactory.getLogger(CallerHttpBinding.class);

	private final ProblemJson problems;

	CallerHttpBinding(ProblemJson problems) {
		this.problems = problems;
		var headers = new HttpHeaderFilterStrategy();
		headers.getInFilter().add(HttpHeaders.AUTHORIZATION.toLowerCase(java.util.Locale.ROOT));
		setHeaderFilterStrategy(headers);
		setMuteException(true);
		setTransferException(false);
	}

	@Override
	public void readRequest(HttpServletRequest request, Message message) {
		super.readRequest(request, message);
		message.removeHeader(HttpHeaders.AUTHORIZATION);
		String query = message.getHeader(Exchange.HTTP_QUERY, String.class);
		if (query != null) {
			message.setHeader(Exchange.HTTP_QUERY, withoutAuthorization(query));
		}
		if (request.getUserPrincipal() instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof ApiCaller caller) {
			message.getExchange().setProperty(ApiCaller.PROPERTY, caller);
		}
	}

	/** The raw query string minus any Authorization parameter, so not even the whole query carries a credential. */
	static String withoutAuthorization(String query) {
		return Arrays.stream(query.split("&"))
			.filter(pair -> !URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8)
				.equalsIgnoreCase(HttpHeaders.AUTHORIZATION))
			.collect(Collectors.joining("&"));
	}

	@Override
	public void doWriteExceptionResponse(Throwable exception, HttpServletResponse response) throws IOException {
		log.error("An API request failed outside the routes' error handling", exception);
		var problem = new ApiProblem(500, "internal-error", "Internal error",
				"The hub could not complete the request. Retrying with the same retailerOrderRef is safe.", List.of());
		response.setStatus(problem.status());
		response.setContentType(ProblemJson.MEDIA_TYPE);
		response.getOutputStream().write(problems.render(problem, null));
	}

}
