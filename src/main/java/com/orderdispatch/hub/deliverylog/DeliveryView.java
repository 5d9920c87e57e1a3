package com.orderdispatch.hub.deliverylog;

import java.time.Instant;
import java.util.List;

/** A delivery as the delivery log shows it, with every attempt made. */
public record DeliveryView(long id, String idempotencyKey, String orderNumber, String supplierOrderNumber,
		String supplierId, String channel, String eventType, String status, int attempts, Instant nextAttemptAt,
		String lastError, Instant createdAt, Instant updatedAt, Instant deliveredAt, List<AttemptView> attemptLog) {

	public record AttemptView(int attempt, Instant startedAt, long durationMs, String outcome, Integer httpStatus,
			String error, String claimedBy) {
	}

	DeliveryView withAttempts(List<AttemptView> log) {
		return new DeliveryView(id, idempotencyKey, orderNumber, supplierOrderNumber, supplierId, channel, eventType,
				status, attempts, nextAttemptAt, lastError, createdAt, updatedAt, deliveredAt, log);
	}

}
