package com.orderdispatch.hub.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * An event as it was when it happened, frozen: every attempt on every channel works from these stored bytes, never
 * from the live order.
 *
 * @param type e.g. {@code supplier_order.created}
 * @param subject what it is about, e.g. the supplier order number
 * @param orderNumber the hub's order number, for logs; null when the event concerns no order
 * @param occurredAt when it happened (the planning transaction's time)
 * @param payload the event document {@code {"type", "subject", "timestamp", "data"}}, rendered once as JSON; the
 * webhook body is exactly these bytes
 */
public record DeliveryEvent(long id, String type, String subject, String orderNumber, Instant occurredAt,
		String payload) {

	public byte[] payloadBytes() {
		return payload.getBytes(StandardCharsets.UTF_8);
	}

}
