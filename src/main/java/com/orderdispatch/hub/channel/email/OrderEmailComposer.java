package com.orderdispatch.hub.channel.email;

import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.orderdispatch.hub.channel.SupplierOrderPayload;
import com.orderdispatch.hub.channel.csv.CsvLayout;
import com.orderdispatch.hub.channel.csv.OrderCsv;
import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.channel.DeliveryOutcome;
import com.orderdispatch.hub.order.SupplierOrderView;

import org.springframework.stereotype.Component;

/**
 * The email channel's entry point: turns a {@link Delivery} into the order email the channel route sends to the
 * supplier's configured addresses, rendered from the event's stored payload (the order as it was placed). Its
 * Message-ID comes from the delivery's idempotency key, so every attempt of one delivery is recognisably the same
 * message.
 */
@Component("orderEmailComposer")
public class OrderEmailComposer {

	private final SupplierOrderPayload payload;

	private final LiveConfig config;

	private final MailTemplates templates;

	private final OrderCsv csv;

	private final MailProperties properties;

	private final Optional<ReplyAddressing> replies;

	OrderEmailComposer(SupplierOrderPayload payload, LiveConfig config, MailTemplates templates, OrderCsv csv,
			MailProperties properties, Optional<ReplyAddressing> replies) {
		this.replies = replies;
		this.payload = payload;
		this.config = config;
		this.templates = templates;
		this.csv = csv;
		this.properties = properties;
	}

	public MimeMessage compose(Delivery delivery) throws MessagingException {
		if (!"supplier_order.created".equals(delivery.event().type())) {
			return changed(delivery);
		}
		SupplierOrderView order = payload.read(delivery.event());
		HubConfig hub = config.current();
		String supplierId = delivery.recipient().id();
		String supplierName = hub.supplier(supplierId).map(SupplierConfig::name).orElse(supplierId);
		EmailSettings channel = delivery.settings(EmailSettings.class);
		String retailerName = hub.retailer(order.retailerId()).map(r -> r.name()).orElse(order.retailerId());
		var model = EmailModels.order(order, retailerName, supplierName);
		// Issue 26: a reply to the order email can answer it; the footer then says how.
		var addressing = replies.flatMap(reply -> reply.forOrder(order.supplierOrderNumber()));
		model.put("repliesAccepted", addressing.isPresent());
		String subject = templates.render(TemplateSet.ORDER_SUBJECT, model)
				+ addressing.map(a -> " " + MailHeaders.text(a.subjectSuffix())).orElse("");
		var envelope = new MailMessages.Envelope(sender(retailerName), MailHeaders.mailboxes(channel.to()), subject,
				MailHeaders.messageId(delivery.idempotencyKey(), properties.messageIdDomain()));
		List<MailMessages.Attachment> attachments = channel.attachCsv()
				? List.of(new MailMessages.Attachment(csv.fileName(order), OrderCsv.MEDIA_TYPE,
						csv.write(order, CsvLayout.of(channel.csv()))))
				: List.of();
		MimeMessage message = MailMessages.rich(envelope, templates.render(TemplateSet.ORDER_TEXT, model),
				templates.render(TemplateSet.ORDER_HTML, model), attachments);
		message.setHeader("X-Supplier-Order-Number", MailHeaders.text(order.supplierOrderNumber()));
		if (addressing.isPresent() && addressing.get().replyTo() != null) {
			message.setReplyTo(new InternetAddress[] { MailHeaders.mailbox(addressing.get().replyTo(), null) });
		}
		message.saveChanges();
		return message;
	}

	/** A change the supplier did not make itself (a retailer's or an admin's cancellation, say), as a plain email. */
	private MimeMessage changed(Delivery delivery) throws MessagingException {
		SupplierOrderView order = payload.read(delivery.event());
		HubConfig hub = config.current();
		String supplierId = delivery.recipient().id();
		String supplierName = hub.supplier(supplierId).map(SupplierConfig::name).orElse(supplierId);
		String retailerName = hub.retailer(order.retailerId()).map(r -> r.name()).orElse(order.retailerId());
		var model = EmailModels.change(order, retailerName, supplierName);
		var envelope = new MailMessages.Envelope(sender(retailerName),
				MailHeaders.mailboxes(delivery.settings(EmailSettings.class).to()),
				templates.render(TemplateSet.SUPPLIER_CHANGE_SUBJECT, model),
				MailHeaders.messageId(delivery.idempotencyKey(), properties.messageIdDomain()));
		MimeMessage message = MailMessages.plain(envelope, templates.render(TemplateSet.SUPPLIER_CHANGE_TEXT, model));
		message.setHeader("X-Supplier-Order-Number", MailHeaders.text(order.supplierOrderNumber()));
		message.setHeader("X-Hub-Event", MailHeaders.text(delivery.event().type()));
		message.saveChanges();
		return message;
	}

	/** The SMTP server took the message: the outcome the channel route hands back to the engine. */
	public DeliveryOutcome delivered() {
		return new DeliveryOutcome.Delivered(null);
	}

	/** "Demo Shop via Order Dispatch Hub": the supplier sees whose order it is, the hub's address sends it. */
	private InternetAddress sender(String retailerName) {
		return MailHeaders.mailbox(properties.from(), retailerName + " via " + properties.fromName());
	}

}
