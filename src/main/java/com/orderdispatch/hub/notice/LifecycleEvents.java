package com.orderdispatch.hub.notice;

import java.util.ArrayList;
import java.util.List;

import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.RetailerConfig;
import com.orderdispatch.hub.dispatch.EventToPlan;
import com.orderdispatch.hub.dispatch.Outbox;
import com.orderdispatch.hub.dispatch.Recipient;
import com.orderdispatch.hub.lifecycle.ChangeApplied;
import com.orderdispatch.hub.lifecycle.LifecycleListener;
import com.orderdispatch.hub.order.Actor;
import com.orderdispatch.hub.order.LineStatus;
import com.orderdispatch.hub.order.OrderStatus;

import org.springframework.stereotype.Component;

/**
 * Notices own who hears of a change: every change becomes frozen events in the outbox, in the change's transaction,
 * so none is lost and each is retried until delivered or DEAD.
 * <ul>
 * <li>The supplier, on all its channels, of a change it did not make itself (a retailer's or an admin's):
 * {@code supplier_order.cancelled} when the order is now cancelled, else {@code supplier_order.updated}.</li>
 * <li>The retailer, by email: a cancellation by the supplier or an admin for it, always; rejections and shipments
 * unless switched off ({@code notices} in retailers.yaml).</li>
 * <li>The retailer's webhook, when it has one: every change ({@code supplier_order.updated} or
 * {@code supplier_order.cancelled}).</li>
 * </ul>
 */
@Component
class LifecycleEvents implements LifecycleListener {

	static final String CANCELLED = "supplier_order.cancelled";

	static final String UPDATED = "supplier_order.updated";

	static final String REJECTED = "supplier_order.rejected";

	static final String SHIPPED = "supplier_order.shipped";

	static final String NOTICE_CHANNEL = "notice";

	static final String WEBHOOK_CHANNEL = "webhook";

	private final Outbox outbox;

	private final LiveConfig config;

	LifecycleEvents(Outbox outbox, LiveConfig config) {
		this.outbox = outbox;
		this.config = config;
	}

	@Override
	public void applied(ChangeApplied change) {
		if (change.actor() == Actor.AUTOMATIC) {
			// Auto-accept at intake: the supplier_order.created event planned after it already shows it.
			return;
		}
		HubConfig hub = config.current();
		var after = change.after();
		String statusEvent = after.status() == OrderStatus.CANCELLED ? CANCELLED : UPDATED;
		if (change.actor() == Actor.RETAILER || change.actor() == Actor.ADMIN) {
			outbox.plan(event(statusEvent, change), after.supplierId(), hub);
		}
		RetailerConfig retailer = hub.retailer(after.retailerId()).orElse(null);
		if (retailer == null) {
			return;
		}
		Recipient recipient = Recipient.retailer(retailer.id());
		String notice = notice(change, retailer);
		if (notice != null) {
			outbox.plan(event(notice, change), List.of(new Outbox.Target(recipient, NOTICE_CHANNEL, null)));
		}
		if (retailer.activeWebhook() != null) {
			outbox.plan(event(statusEvent, change), List.of(new Outbox.Target(recipient, WEBHOOK_CHANNEL, null)));
		}
	}

	/** The email the retailer gets for this change, or null. */
	private static String notice(ChangeApplied change, RetailerConfig retailer) {
		var reached = new ArrayList<LineStatus>();
		change.plan().changes().forEach(line -> reached.add(line.to()));
		boolean byOthers = change.actor() == Actor.SUPPLIER || change.actor() == Actor.ADMIN;
		if (byOthers && reached.contains(LineStatus.CANCELLED)) {
			return CANCELLED;
		}
		if (change.plan().shipment() != null && retailer.noticesOrDefault().emailsShipments()) {
			return SHIPPED;
		}
		if (reached.contains(LineStatus.REJECTED) && retailer.noticesOrDefault().emailsRejections()) {
			return REJECTED;
		}
		return null;
	}

	private static EventToPlan event(String type, ChangeApplied change) {
		var after = change.after();
		return new EventToPlan(type, after.supplierOrderNumber(), after.orderNumber(), change.before().id(), after);
	}

}
