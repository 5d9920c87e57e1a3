package com.orderdispatch.hub.channel.email;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.channel.SupplierOrderPayload;

import org.springframework.stereotype.Component;

/**
 * The short "new order pending acceptance" notice to a supplier's notifyTo addresses, sent after its order email.
 * A supplier switches it off with an empty notifyTo or {@code notifyNewOrders: false}.
 */
@Component("supplierNoticeComposer")
public class SupplierNoticeComposer {

	private final SupplierOrderPayload payload;

	private final LiveConfig config;

	private final MailTemplates templates;

	private final MailProperties properties;

	SupplierNoticeComposer(SupplierOrderPayload payload, LiveConfig config, MailTemplates templates,
			MailProperties properties) {
		this.payload = payload;
		this.config = config;
		this.templates = templates;
		this.properties = properties;
	}

	/** The notice for this delivery, or null when the supplier does not want one. */
	public MimeMessage newOrder(Delivery delivery) throws MessagingException {
		if (!"supplier_order.created".equals(delivery.event().type())) {
			return null;
		}
		HubConfig hub = config.current();
		SupplierConfig supplier = hub.supplier(delivery.recipient().id()).orElse(null);
		List<String> notifyTo = recipients(delivery.settings(EmailSettings.class));
		if (supplier == null || notifyTo.isEmpty()) {
			return null;
		}
		var order = payload.read(delivery.event());
		String retailerName = hub.retailer(order.retailerId()).map(r -> r.name()).orElse(order.retailerId());
		var model = EmailModels.order(order, retailerName, supplier.name());
		var envelope = new MailMessages.Envelope(MailHeaders.mailbox(properties.from(), properties.fromName()),
				MailHeaders.mailboxes(notifyTo), templates.render(TemplateSet.NEW_ORDER_SUBJECT, model),
				MailHeaders.messageId(delivery.idempotencyKey() + ".notice", properties.messageIdDomain()));
		return MailMessages.plain(envelope, templates.render(TemplateSet.NEW_ORDER_TEXT, model));
	}

	private static List<String> recipients(EmailSettings email) {
		if (email == null || !email.notifiesNewOrders() || email.notifyTo() == null) {
			return List.of();
		}
		return email.notifyTo();
	}

}
