package com.orderdispatch.hub.channel.webhook;

import com.orderdispatch.hub.dispatch.channel.SendDeadline;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.stereotype.Component;

/**
 * How every webhook endpoint's HttpClient is built (camel-http makes one, with its own connection pool, per
 * endpoint, so per supplier URL): no redirects, no automatic retries (the engine retries, with its schedule), and
 * each exchange cut at its send's {@link SendDeadline}: HttpClient's timeouts bound each connect and read, so a
 * receiver trickling its body could otherwise hold a worker for ever. Cutting discards the connection, which fails
 * the blocked read at once.
 */
@Component("webhookHttpClient")
class WebhookHttpClient implements HttpClientConfigurer {

	@Override
	public void configureHttpClient(HttpClientBuilder builder) {
		builder.disableRedirectHandling();
		builder.disableAutomaticRetries();
		builder.disableCookieManagement();
		builder.addExecInterceptorBefore(ChainElement.CONNECT.name(), "hub-send-deadline",
				(request, scope, chain) -> {
					SendDeadline.current().ifPresent(deadline -> deadline.onExpiry(scope.execRuntime::discardEndpoint));
					return chain.proceed(request, scope);
				});
	}

}
