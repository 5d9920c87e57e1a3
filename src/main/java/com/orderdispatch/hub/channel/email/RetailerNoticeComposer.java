package com.orderdispatch.hub.channel.email;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.RetailerConfig;
import com.orderdispatch.hub.channel.SupplierOrderPayload;
import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.channel.DeliveryOutcome;

import org.springframework.stereotype.Component;

/**
 * The notices to a retailer's notificationEmail, delivered through the outbox: a cancellation, which retailers
 * cannot switch off (a canceled order is something they must act on: refund, tell the customer), a rejection or a
 * shipment.
 */
@Component("retailerNoticeComposer")
public class RetailerNoticeComposer {

	private final LiveConfig config;

	private final MailTemplates templates;

	private final MailProperties properties;

	private final SupplierOrderPayload payload;

	RetailerNoticeComposer(LiveConfig config, MailTemplates templates, MailProperties properties,
			SupplierOrderPayload payload) {
		this.payload = payload;
		this.config = config;
		this.templates = templates;
		this.properties = properties;
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
