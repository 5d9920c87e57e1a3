package com.orderdispatch.hub.channel.email;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.RetailerConfig;
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

	RetailerNoticeComposer(SupplierOrderQueries orders, LiveConfig config, MailTemplates templates,
			MailProperties properties) {
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

}
