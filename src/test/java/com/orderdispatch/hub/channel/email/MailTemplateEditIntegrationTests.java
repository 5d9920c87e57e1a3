package com.orderdispatch.hub.channel.email;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class MailTemplateEditIntegrationTests extends EmailIntegrationTestSupport {

	@Autowired
	MailTemplates templates;

	@Test
	void refusesABrokenTemplateEditAndKeepsSendingWithThePreviousOne() throws Exception {
		Path html = CONFIG.resolve("templates").resolve(TemplateSet.ORDER_HTML);
		String original = Files.readString(html);
		try {
			Files.writeString(html, "<p>{{#lines}}{{sku}}</p>");
			templates.applyEdits();
			assertThat(templates.lastRejection()).hasMessageContaining("order-email.html");
			Files.writeString(html, original);
			templates.applyEdits();
			assertThat(templates.lastRejection()).as("an undone edit clears the report").isNull();
			Files.writeString(html, "<p>{{#lines}}{{sku}}</p>");
			templates.applyEdits();

			awaitDelivered(order("demo-shop-key", "TPL-1", "acme", "Ada Lovelace", ""));
			assertThat(part(receivedBy("orders@acme.example").get(0), "text/html")).contains("<table",
					"ACME-HAMMER-16");

			Files.writeString(html, "<p>{{custmer.name}}</p>");
			templates.applyEdits();
			assertThat(templates.lastRejection()).hasMessageContaining("order-email.html")
				.hasMessageContaining("custmer");

			Files.writeString(html, "<p>Edited {{supplierOrderNumber}} for {{customer.name}}</p>");
			templates.applyEdits();
			assertThat(templates.lastRejection()).isNull();
			awaitDelivered(order("demo-shop-key", "TPL-2", "acme", "Ada Lovelace", ""));
			assertThat(part(receivedBy("orders@acme.example").get(1), "text/html")).startsWith("<p>Edited ODH-")
				.endsWith(" for Ada Lovelace</p>");
		}
		finally {
			Files.writeString(html, original);
			templates.applyEdits();
		}
		assertThat(templates.lastRejection()).isNull();
	}

}
