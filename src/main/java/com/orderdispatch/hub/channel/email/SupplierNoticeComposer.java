package com.orderdispatch.hub.channel.email;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.dispatch.Delivery;
import com.orderdispatch.hub.order.SupplierOrderQueries;

import org.springframework.stereotype.Component;

/**
 * The short "new order pending acceptance" notice to a supplier's notifyTo addresses, sent after its order email.
 * A supplier switches it off with an empty notifyTo or {@code notifyNewOrders: false}.
 */
@Component("supplierNoticeComposer")
public class SupplierNoticeComposer {

	private final SupplierOrderQueries orders;

	private final LiveConfig config;

	private final MailTemplates templates;

	private final MailProperties properties;

	SupplierNoticeComposer(SupplierOrderQueries orders, LiveConfig config, MailTemplates templates,
			MailProperties properties) {
		this.orders = orders;
		this.config = config;
		this.templates = templates;
		this.properties = properties;
	}

	/** The notice for this delivery, or null when the supplier does not want one. */
	public MimeMessage newOrder(Delivery delivery) throws MessagingException {
		HubConfig hub = config.current();
		SupplierConfig supplier = hub.supplier(delivery.supplierId()).orElse(null);
		List<String> notifyTo = recipients(supplier);
		if (notifyTo.isEmpty()) {
			return null;
		}
		var order = orders.findById(delivery.supplierOrderId()).orElse(null);
		if (order == null) {
			return null;
		}
		String retailerName = hub.retailer(order.retailerId()).map(r -> r.name()).orElse(order.retailerId());
		var model = EmailModels.order(order, retailerName, supplier.name());
		var envelope = new MailMessages.Envelope(MailHeaders.mailbox(properties.from(), properties.fromName()),
				MailHeaders.mailboxes(notifyTo), templates.render(TemplateSet.NEW_ORDER_SUBJECT, model),
				MailHeaders.messageId(delivery.idempotencyKey() + ".notice", properties.messageIdDomain()));
		return MailMessages.plain(envelope, templates.render(TemplateSet.NEW_ORDER_TEXT, model));
	}

	private static List<String> recipients(SupplierConfig supplier) {
		if (supplier == null || supplier.channelsOrNone().email() == null) {
			return List.of();
		}
		var email = supplier.channelsOrNone().email();
		if (!email.notifiesNewOrders() || email.notifyTo() == null) {
			return List.of();
		}
		return email.notifyTo();
	}

}
