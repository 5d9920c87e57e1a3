package com.orderdispatch.hub.channel.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.dispatch.Delivery;
import com.orderdispatch.hub.dispatch.DeliveryFailedException;
import com.orderdispatch.hub.order.SupplierOrderQueries;
import org.apache.camel.Body;

import org.springframework.stereotype.Component;

/**
 * Builds the signed event for a delivery: {@code {"type", "timestamp", "data": <supplier order>}}. The webhook id is
 * the delivery's idempotency key and the body are the same on every attempt; webhook-timestamp and the signature are
 * of this attempt.
 */
@Component("webhookEvent")
class WebhookEvent {

	private final SupplierOrderQueries orders;

	private final LiveConfig config;

	private final ObjectMapper json;

	private final Clock clock;

	WebhookEvent(SupplierOrderQueries orders, LiveConfig config, ObjectMapper json, Clock clock) {
		this.orders = orders;
		this.config = config;
		this.json = json;
		this.clock = clock;
	}

	public SignedWebhook build(@Body Delivery delivery) throws JsonProcessingException {
		List<String> secrets = config.current()
			.supplier(delivery.supplierId())
			.map(SupplierConfig::channelsOrNone)
			.map(SupplierConfig.Channels::webhook)
			.map(SupplierConfig.WebhookChannel::secrets)
			.orElseThrow(() -> DeliveryFailedException
				.retry("Supplier " + delivery.supplierId() + " has no webhook configured", null));
		var view = orders.findById(delivery.supplierOrderId())
			.orElseThrow(() -> DeliveryFailedException.retry("Supplier order not found", null));
		Instant now = clock.instant();
		var event = new LinkedHashMap<String, Object>();
		event.put("type", delivery.eventType());
		// When the event happened, so every attempt carries the same body; webhook-timestamp is the attempt's.
		event.put("timestamp", delivery.eventAt().toString());
		event.put("data", view);
		byte[] body = json.writeValueAsBytes(event);
		long seconds = now.getEpochSecond();
		return new SignedWebhook(delivery.idempotencyKey(), seconds,
				WebhookSignature.sign(secrets, delivery.idempotencyKey(), seconds, body), body);
	}

}
