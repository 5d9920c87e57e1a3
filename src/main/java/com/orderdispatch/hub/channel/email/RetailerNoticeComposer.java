package com.orderdispatch.hub.channel.email;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.RetailerConfig;
import com.orderdispatch.hub.channel.SupplierOrderPayload;
import com.orderdispatch.hub.dispatch.Delivery;
import com.orderdispatch.hub.dispatch.DeliveryOutcome;
import com.orderdispatch.hub.order.SupplierOrderQueries;

import org.springframework.stereotype.Component;

/**
 * The cancellation notice to a retailer's notificationEmail. Retailers cannot switch it off: a canceled order is
 * something they must act on (refund, tell the customer).
 */
@Component("retailerNoticeComposer")
public class RetailerNoticeComposer {

	private final SupplierOrderQueries orders;

	private final LiveConfig config;

	private final MailTemplates templates;

	private final MailProperties properties;

	private final SupplierOrderPayload payload;

	RetailerNoticeComposer(SupplierOrderQueries orders, LiveConfig config, MailTemplates templates,
			MailProperties properties, SupplierOrderPayload payload) {
		this.payload = payload;
		this.orders = orders;
		this.config = config;
		this.templates = templates;
		this.properties = properties;
	}

	public MimeMessage cancellation(RetailerCancellation cancellation) throws MessagingException {
		var order = orders.findByNumber(cancellation.supplierOrderNumber())
			.orElseThrow(() -> new IllegalArgumentException(
					"no supplier order " + MailHeaders.text(cancellation.supplierOrderNumber())));
		HubConfig hub = config.current();
		RetailerConfig retailer = hub.retailer(order.retailerId())
			.orElseThrow(() -> new IllegalStateException("retailer '" + order.retailerId() + "' is not configured"));
		String supplierName = hub.supplier(order.supplierId()).map(s -> s.name()).orElse(order.supplierId());
		var model = EmailModels.cancellation(order, retailer.name(), supplierName, cancellation.reason(),
				cancellation.canceledBy());
		var envelope = new MailMessages.Envelope(MailHeaders.mailbox(properties.from(), properties.fromName()),
				MailHeaders.mailboxes(List.of(retailer.notificationEmail())),
				templates.render(TemplateSet.CANCELLATION_SUBJECT, model),
				// One cancellation per supplier order, so a resend of the notice carries the same id.
				MailHeaders.messageId("cancel." + order.supplierOrderNumber(), properties.messageIdDomain()));
		return MailMessages.plain(envelope, templates.render(TemplateSet.CANCELLATION_TEXT, model));
	}

	/**
	 * A retailer notice delivered through the outbox (channel {@code notice}), rendered from the event's stored
	 * payload: a cancellation (always sent), a rejection or a shipment. Its Message-ID is the delivery's idempotency
	 * key, the same on every retry.
	 */
	public MimeMessage notice(Delivery delivery) throws MessagingException {
		var order = payload.read(delivery.event());
		HubConfig hub = config.current();
		RetailerConfig retailer = hub.retailer(delivery.recipient().id())
			.orElseThrow(() -> new IllegalStateException("retailer '" + delivery.recipient().id() + "' is not configured"));
		String supplierName = hub.supplier(order.supplierId()).map(s -> s.name()).orElse(order.supplierId());
		var model = EmailModels.change(order, retailer.name(), supplierName);
		boolean cancelled = "supplier_order.cancelled".equals(delivery.event().type());
		if (cancelled) {
			model.put("canceledBy", model.get("changedBy"));
			if (model.get("note") != null) {
				model.put("reason", model.get("note"));
			}
		}
		var envelope = new MailMessages.Envelope(MailHeaders.mailbox(properties.from(), properties.fromName()),
				MailHeaders.mailboxes(List.of(retailer.notificationEmail())),
				templates.render(cancelled ? TemplateSet.CANCELLATION_SUBJECT : TemplateSet.STATUS_NOTICE_SUBJECT, model),
				MailHeaders.messageId(delivery.idempotencyKey(), properties.messageIdDomain()));
		MimeMessage message = MailMessages.plain(envelope,
				templates.render(cancelled ? TemplateSet.CANCELLATION_TEXT : TemplateSet.STATUS_NOTICE_TEXT, model));
		message.setHeader("X-Supplier-Order-Number", MailHeaders.text(order.supplierOrderNumber()));
		message.setHeader("X-Hub-Event", MailHeaders.text(delivery.event().type()));
		message.saveChanges();
		return message;
	}

	/** The SMTP server took the notice. */
	public DeliveryOutcome delivered() {
		return new DeliveryOutcome.Delivered(null);
	}

}
