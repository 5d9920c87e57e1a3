package com.orderdispatch.hub.channel.webhook;

import java.time.Clock;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import org.springframework.stereotype.Component;

/**
 * Signs and builds the POST the webhook route sends: the body is exactly the event's stored payload, the same bytes
 * on every attempt, and so is {@code webhook-id} (the delivery's idempotency key); {@code webhook-timestamp} and the
 * signature are the attempt's. Every other header is dropped, so nothing internal leaks to the receiver.
 */
@Component("webhookRequest")
class WebhookRequest {

	private final Clock clock;

	WebhookRequest(Clock clock) {
		this.clock = clock;
	}

	public void build(Exchange exchange) throws org.apache.camel.InvalidPayloadException {
		Message message = exchange.getMessage();
		Delivery delivery = message.getMandatoryBody(Delivery.class);
		WebhookSettings settings = delivery.settings(WebhookSettings.class);
		byte[] body = delivery.event().payloadBytes();
		long seconds = clock.instant().getEpochSecond();
		message.removeHeaders("*");
		message.setHeader("Content-Type", "application/json");
		message.setHeader("User-Agent", "order-dispatch-hub");
		message.setHeader("webhook-id", delivery.idempotencyKey());
		message.setHeader("webhook-timestamp", Long.toString(seconds));
		message.setHeader("webhook-signature",
				WebhookSignature.sign(settings.secrets(), delivery.idempotencyKey(), seconds, body));
		message.setBody(body);
	}

}
