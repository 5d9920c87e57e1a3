package com.orderdispatch.hub.dispatch;

import java.time.Instant;

import com.orderdispatch.hub.dispatch.engine.DeliveryLedger;
import com.orderdispatch.hub.dispatch.engine.Dispatcher;

import org.springframework.stereotype.Component;

/**
 * Sends deliveries again on an admin's word: back to PENDING, due now, with the original idempotency key so the
 * receiver can tell a repeat, and with a fresh retry schedule. The attempt history stays. Retrying re-enables an
 * endpoint that answered 410.
 */
@Component
public class DeliveryRecovery {

	private final DeliveryLedger ledger;

	private final Dispatcher dispatcher;

	DeliveryRecovery(DeliveryLedger ledger, Dispatcher dispatcher) {
		this.ledger = ledger;
		this.dispatcher = dispatcher;
	}

	/** @return false when the delivery is being sent right now (or does not exist) */
	public boolean retry(long id) {
		boolean requeued = ledger.requeue(id);
		dispatcher.wake();
		return requeued;
	}

	/** Every DEAD or DISABLED delivery of the supplier created at or after {@code since}. */
	public int replay(String supplierId, Instant since) {
		int requeued = ledger.requeueFailed(supplierId, since);
		dispatcher.wake();
		return requeued;
	}

}
