package com.orderdispatch.hub.channel.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.orderdispatch.hub.dispatch.DeliveryFailedException;
import com.orderdispatch.hub.dispatch.DeliveryRecorder;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;

import org.springframework.stereotype.Component;

/**
 * POSTs a signed webhook. Any 2xx within the timeout is a delivery; redirects are not followed (a 3xx is a failure,
 * so a moved endpoint is noticed instead of silently leaking orders elsewhere); 410 disables the endpoint.
 */
@Component("webhookSender")
class WebhookSender {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final RetryAfter retryAfter;

	WebhookSender(RetryAfter retryAfter) {
		this.retryAfter = retryAfter;
	}

	public void send(@Body SignedWebhook webhook, @ExchangeProperty("hubWebhookUrl") String url,
			@ExchangeProperty("hubWebhookTimeout") int timeoutSeconds, Exchange exchange) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(timeoutSeconds))
			.header("Content-Type", "application/json")
			.header("User-Agent", "order-dispatch-hub")
			.header("webhook-id", webhook.id())
			.header("webhook-timestamp", Long.toString(webhook.timestamp()))
			.header("webhook-signature", webhook.signature())
			.POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body()))
			.build();
		HttpResponse<Void> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.discarding());
		}
		catch (HttpTimeoutException ex) {
			throw DeliveryFailedException.retry("No answer within " + timeoutSeconds + "s", ex);
		}
		catch (IOException ex) {
			throw DeliveryFailedException.retry(ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : ": " + ex.getMessage()), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw DeliveryFailedException.retry("Interrupted while sending", ex);
		}
		int status = response.statusCode();
		exchange.setProperty(DeliveryRecorder.HTTP_STATUS, status);
		if (status >= 200 && status < 300) {
			exchange.getMessage().setBody(status);
			return;
		}
		if (status == 410) {
			throw new DeliveryFailedException("HTTP 410 Gone: the receiver retired this endpoint",
					DeliveryFailedException.Next.DISABLE, null, status, null);
		}
		Duration wait = (status == 429 || status == 503)
				? retryAfter.parse(response.headers().firstValue("Retry-After").orElse(null)) : null;
		throw new DeliveryFailedException("HTTP " + status, DeliveryFailedException.Next.RETRY, wait, status, null);
	}

}
