package com.orderdispatch.hub.dispatch;

/**
 * One delivery claimed from the outbox and handed to its channel route as the message body. A channel route
 * either completes (delivered) or throws (the attempt failed; see {@link DeliveryFailedException}).
 *
 * @param orderNumber the hub's order number, carried so every log line of the delivery names it
 * @param idempotencyKey made once when the delivery was planned and sent unchanged on every attempt
 * @param eventAt when the event happened (the delivery was planned): the same on every attempt
 * @param attempt 1 for the first attempt
 */
public record Delivery(long id, String orderNumber, String idempotencyKey, long supplierOrderId, String supplierId, String channel,
		String eventType, java.time.Instant eventAt, int attempt) {
}
