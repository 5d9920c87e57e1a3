package com.orderdispatch.hub.reply;

import java.io.IOException;
import java.util.Date;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the {@code reply-inbox} route calls for each message in the replies mailbox: reads it, applies it and answers
 * the confirmation or the error email (naming what was not understood) to the sender. A refused or repeated reply is
 * answered with nothing: a forged sender gets no mail from the hub.
 */
@Component("replyMailbox")
class ReplyMailbox {

	private final ReplyApplier applier;

	private final String from;

	ReplyMailbox(ReplyApplier applier, @Value("${hub.mail.from}") String from) {
		this.applier = applier;
		this.from = from;
	}

	public MimeMessage handle(Exchange exchange) throws MessagingException, IOException {
		Message mail = exchange.getIn(MailMessage.class).getMessage();
		Address[] senders = mail.getFrom();
		String sender = senders == null || senders.length == 0 ? null : ((InternetAddress) senders[0]).getAddress();
		String[] ids = mail.getHeader("Message-ID");
		var reply = new SupplierReply(ids == null ? null : ids[0], sender, mail.getSubject(), text(mail));
		ReplyOutcome outcome = applier.apply(reply);
		return outcome instanceof ReplyOutcome.Applied applied ? answer(reply, applied) : null;
	}

	private MimeMessage answer(SupplierReply reply, ReplyOutcome.Applied applied) throws MessagingException {
		var message = new MimeMessage((Session) null);
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(reply.from()));
		message.setSubject((applied.notUnderstood().isEmpty() ? "Done: " : "Not understood: ")
				+ applier.reference(applied.supplierOrderNumber()), "UTF-8");
		message.setHeader("In-Reply-To", reply.messageId());
		message.setHeader("References", reply.messageId());
		message.setHeader("Auto-Submitted", "auto-replied");
		message.setSentDate(new Date());
		var text = new StringBuilder("Supplier order " + applied.supplierOrderNumber() + ": " + applied.commands()
				+ " command(s) applied.\n");
		if (!applied.notUnderstood().isEmpty()) {
			text.append("\nNot understood, nothing done for:\n");
			applied.notUnderstood().forEach(problem -> text.append("- ").append(problem).append('\n'));
			text.append("\nReply with one command a line: ACCEPT, REJECT <reason>, SHIPPED <carrier> <tracking>, "
					+ "CANCEL <note>; prefix '<lineRef>:' for one line.\n");
		}
		message.setText(text.toString(), "UTF-8");
		message.saveChanges();
		return message;
	}

	/** The first text/plain part: what a supplier typed above the quoted order email. */
	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("multipart/*")) {
			var multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
