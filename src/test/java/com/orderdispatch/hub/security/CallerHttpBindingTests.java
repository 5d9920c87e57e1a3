package com.orderdispatch.hub.security;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdispatch.hub.system.ApiCaller;
import com.orderdispatch.hub.system.ProblemJson;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class CallerHttpBindingTests {

	@Test
	void noCredentialReachesTheMessageAndTheCallerDoes() throws Exception {
		var request = new MockHttpServletRequest("GET", "/api/v1/orders");
		request.addHeader("Authorization", "Bearer demo-shop-key");
		request.setQueryString("status=PENDING&Authorization=Bearer%20other-key&authorization=x");
		request.addParameter("status", "PENDING");
		request.addParameter("Authorization", "Bearer other-key");
		request.addParameter("authorization", "x");
		request.setUserPrincipal(UsernamePasswordAuthenticationToken.authenticated(new ApiCaller.Retailer("demo-shop"),
				null, List.of()));
		try (var camel = new DefaultCamelContext()) {
			Exchange exchange = new DefaultExchange(camel);

			binding().readRequest(request, exchange.getIn());

			var headers = exchange.getIn().getHeaders();
			assertThat(headers.keySet()).noneMatch(name -> name.equalsIgnoreCase("Authorization"));
			assertThat(headers.values().toString()).doesNotContain("demo-shop-key", "other-key");
			assertThat(exchange.getIn().getHeader("status")).isEqualTo("PENDING");
			assertThat(exchange.getIn().getHeader(Exchange.HTTP_QUERY)).isEqualTo("status=PENDING");
			assertThat(exchange.getProperty(ApiCaller.PROPERTY)).isEqualTo(new ApiCaller.Retailer("demo-shop"));
		}
	}

	private static CallerHttpBinding binding() {
		return new CallerHttpBinding(new ProblemJson(new ObjectMapper()));
	}

}
