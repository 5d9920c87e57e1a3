package com.orderdispatch.hub.channel.email;


import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import com.orderdispatch.hub.channel.csv.OrderCsv;
import com.orderdispatch.hub.dispatch.channel.Delivery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class OrderEmailIntegrationTests extends EmailIntegrationTestSupport {

	@Autowired
	PooledMailSender pooledMailSender;

	@Test
	void sendsOneEmailPerSupplierOrderWithTextHtmlAndCsv() throws Exception {
		Delivery delivery = order("demo-shop-key", "MAIL-1", "acme", "Zoë Ångström", "Ring twice & wait");

		awaitDelivered(delivery);

		assertThat(receivedBy("orders@acme.example")).hasSize(1);
		MimeMessage email = receivedBy("orders@acme.example").get(0);
		String number = email.getHeader("X-Supplier-Order-Number", null);
		assertThat(number).startsWith("ODH-");
		assertThat(email.getSubject()).isEqualTo("Order " + number + " from Demo Shop");
		assertThat(email.getRecipients(Message.RecipientType.TO))
			.containsExactly(new InternetAddress("orders@acme.example"));
		InternetAddress from = (InternetAddress) email.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("orders@hub.example");
		assertThat(from.getPersonal()).isEqualTo("Demo Shop via Order Dispatch Hub");
		assertThat(email.getMessageID()).isEqualTo(expectedMessageId(delivery));

		String text = part(email, "text/plain");
		String html = part(email, "text/html");
		for (String body : new String[] { text, html }) {
			assertThat(body).contains(number, "2026-11-22 09:30 UTC", "ACME-HAMMER-16", "ACME-NAILS-500", "14.99",
					"29.98", "4.50", "13.50", "43.48 EUR", "Zoë Ångström", "zoe@example.com", "+44 20 7946 0000",
					"Storgatan 1", "211 34", "Malmö", "SE");
		}
		assertThat(text).contains("Claw hammer <16oz>", "Ring twice & wait", "Quantity 2 x 14.99 EUR = 29.98 EUR",
				"Quantity 3 x 4.50 EUR = 13.50 EUR", "Ångström AB");
		assertThat(html).contains("Claw hammer &lt;16oz&gt;", "Ring twice &amp; wait", "Ångström AB",
				"<td class=\"quantity\">2</td>", "<td class=\"quantity\">3</td>",
				"<th class=\"total\">43.48 EUR</th>");
		assertThat(email.getContentType()).startsWith("multipart/mixed");

		var attachments = attachments(email);
		assertThat(attachments).hasSize(1);
		assertThat(attachments.get(0).getFileName()).isEqualTo(number + ".csv");
		assertThat(attachments.get(0).getContentType()).startsWith("text/csv");
		var rows = csv(attachments.get(0));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(OrderCsv.HEADER);
		assertThat(rows.get(0).get("supplier_order_number")).isEqualTo(number);
		assertThat(rows.get(0).get("sku")).isEqualTo("ACME-HAMMER-16");
		assertThat(rows.get(0).get("quantity")).isEqualTo("2");
		assertThat(rows.get(0).get("unit_price")).isEqualTo("14.99");
		assertThat(rows.get(0).get("line_total")).isEqualTo("29.98");
		assertThat(rows.get(1).get("description")).isEqualTo("Nails, 500 pack");
		assertThat(rows.get(1).get("ship_to_name")).isEqualTo("Zoë Ångström");
		assertThat(rows.get(1).get("ship_to_city")).isEqualTo("Malmö");
		assertThat(rows.get(1).get("customer_phone")).isEqualTo("+44 20 7946 0000");
		assertThat(rows.get(1).get("notes")).isEqualTo("Ring twice & wait");
	}

	@Test
	void sendsWithoutAttachmentToEveryAddressWhenCsvIsOff() throws Exception {
		Delivery delivery = order("demo-shop-key", "MAIL-2", "plainco", "Ada Lovelace", "");

		awaitDelivered(delivery);

		MimeMessage email = receivedBy("orders@plainco.example").get(0);
		assertThat(email.getRecipients(Message.RecipientType.TO)).containsExactly(
				new InternetAddress("orders@plainco.example"), new InternetAddress("backup@plainco.example"));
		assertThat(email.getContentType()).startsWith("multipart/alternative");
		assertThat(attachments(email)).isEmpty();
		assertThat(part(email, "text/plain")).doesNotContain("Notes");
	}

	@Test
	void keepsNonAsciiNamesAndNeutralisesHeaderInjection() throws Exception {
		Delivery delivery = order("schoen-shop-key", "MAIL-3", "acme", "Zoë Ångström", "n/a");

		awaitDelivered(delivery);

		MimeMessage email = receivedBy("orders@acme.example").stream()
			.filter(message -> hasMessageId(message, expectedMessageId(delivery)))
			.findFirst()
			.orElseThrow();
		assertThat(email.getHeader("Bcc")).isNull();
		assertThat(email.getAllRecipients()).hasSize(1);
		assertThat(receivedBy("evil@x.example")).isEmpty();
		// Encoded-words on the wire, the exact names once decoded.
		assertThat(email.getHeader("Subject", null)).contains("=?UTF-8?");
		assertThat(MimeUtility.unfold(email.getHeader("Subject", null))).doesNotContain("\r", "\n");
		assertThat(java.util.Collections.list(email.getAllHeaderLines()))
			.noneMatch(line -> line.regionMatches(true, 0, "Bcc", 0, 3));
		assertThat(email.getSubject()).endsWith(" from Schön & Söhne <Gärten> Bcc: evil@x.example");
		assertThat(((InternetAddress) email.getFrom()[0]).getPersonal())
			.isEqualTo("Schön & Söhne <Gärten> Bcc: evil@x.example via Order Dispatch Hub");
		assertThat(decoded(MimeUtility.unfold(email.getHeader("From", null)))).doesNotContain("\r", "\n");
		assertThat(part(email, "text/plain")).contains("Zoë Ångström");
		assertThat(part(email, "text/html")).contains("Zoë Ångström", "Schön &amp; Söhne &lt;Gärten&gt;");
	}

	@Test
	void aRetryAfterRefusalSendsOneMessageWithTheSameMessageId() throws Exception {
		smtp.stop();
		Delivery delivery = order("demo-shop-key", "MAIL-4", "acme", "Ada Lovelace", "");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> attempts(delivery) >= 2);
		assertThat(status(delivery)).isIn("PENDING", "IN_FLIGHT");

		smtp.start();
		awaitDelivered(delivery);

		assertThat(receivedBy("orders@acme.example")).hasSize(1)
			.allSatisfy(email -> assertThat(email.getMessageID()).isEqualTo(expectedMessageId(delivery)));
	}

	@Test
	void sendsOrderEmailsAndNoticesOverKeptSmtpConnections() throws Exception {
		Delivery first = order("demo-shop-key", "MAIL-5", "acme", "Ada Lovelace", "");
		awaitDelivered(first);
		Delivery second = order("demo-shop-key", "MAIL-6", "plainco", "Ada Lovelace", "");
		awaitDelivered(second);

		assertThat(pooledMailSender.idleConnections()).isPositive();
		assertThat(receivedBy("orders@acme.example")).extracting(MimeMessage::getMessageID)
			.contains(expectedMessageId(first));
		assertThat(receivedBy("orders@plainco.example")).extracting(MimeMessage::getMessageID)
			.contains(expectedMessageId(second));
	}

	private static boolean hasMessageId(MimeMessage message, String id) {
		try {
			return id.equals(message.getMessageID());
		}
		catch (jakarta.mail.MessagingException ex) {
			return false;
		}
	}

}
