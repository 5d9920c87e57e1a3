package com.orderdispatch.hub.channel.email;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/** Assembles the MIME structure; what to say and to whom is decided by the composers. */
final class MailMessages {

	private static final Session SESSION = Session.getInstance(new Properties());

	private MailMessages() {
	}

	/** Who and what, all already checked: addresses parsed strictly, subject made single-line. */
	record Envelope(InternetAddress from, List<InternetAddress> to, String subject, String messageId) {
	}

	record Attachment(String fileName, String mediaType, byte[] content) {
	}

	/** A plain-text email, e.g. a notice. */
	static MimeMessage plain(Envelope envelope, String text) throws MessagingException {
		var message = start(envelope);
		message.setText(text, StandardCharsets.UTF_8.name(), "plain");
		message.setHeader("Auto-Submitted", "auto-generated");
		message.saveChanges();
		return message;
	}

	/** Text and HTML as multipart/alternative, wrapped in multipart/mixed when there are attachments. */
	static MimeMessage rich(Envelope envelope, String text, String html, List<Attachment> attachments)
			throws MessagingException {
		var alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(part(text, "plain"));
		alternative.addBodyPart(part(html, "html"));
		var message = start(envelope);
		if (attachments.isEmpty()) {
			message.setContent(alternative);
		}
		else {
			var mixed = new MimeMultipart("mixed");
			var body = new MimeBodyPart();
			body.setContent(alternative);
			mixed.addBodyPart(body);
			for (Attachment attachment : attachments) {
				var file = new MimeBodyPart();
				file.setDataHandler(
						new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
				file.setFileName(attachment.fileName());
				file.setDisposition(MimeBodyPart.ATTACHMENT);
				mixed.addBodyPart(file);
			}
			message.setContent(mixed);
		}
		message.saveChanges();
		return message;
	}

	private static MimeMessage start(Envelope envelope) throws MessagingException {
		var message = new StableIdMessage(envelope.messageId());
		message.setFrom(envelope.from());
		message.setRecipients(MimeMessage.RecipientType.TO, envelope.to().toArray(InternetAddress[]::new));
		message.setSubject(MailHeaders.text(envelope.subject()), StandardCharsets.UTF_8.name());
		return message;
	}

	private static MimeBodyPart part(String content, String subtype) throws MessagingException {
		var part = new MimeBodyPart();
		part.setText(content, StandardCharsets.UTF_8.name(), subtype);
		return part;
	}

	/** Keeps the Message-ID we derived: JavaMail would otherwise make a new one on every save. */
	private static final class StableIdMessage extends MimeMessage {

		private final String messageId;

		StableIdMessage(String messageId) {
			super(SESSION);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
