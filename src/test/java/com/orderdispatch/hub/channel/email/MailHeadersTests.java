package com.orderdispatch.hub.channel.email;

import jakarta.mail.internet.InternetAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MailHeadersTests {

	@Test
	void makesHeaderTextOneLine() {
		assertThat(MailHeaders.text("Shop\r\nBcc: evil@x.example")).isEqualTo("Shop Bcc: evil@x.example");
		assertThat(MailHeaders.text("a\tb\u0000c\u2028d\u0085e")).isEqualTo("a b c d e");
		assertThat(MailHeaders.text(null)).isEmpty();
		assertThat(MailHeaders.text("x".repeat(600))).hasSize(500);
	}

	@Test
	void encodesNonAsciiDisplayNames() throws Exception {
		InternetAddress address = MailHeaders.mailbox("orders@hub.example", "Zoë\r\nÅngström");

		assertThat(address.getPersonal()).isEqualTo("Zoë Ångström");
		assertThat(address.toString()).startsWith("=?UTF-8?").doesNotContain("\r", "\n");
	}

	@Test
	void acceptsOnlyOneBareAddress() {
		assertThat(MailHeaders.mailbox("orders@acme.example", null).getAddress()).isEqualTo("orders@acme.example");
		for (String bad : new String[] { "orders@acme.example\r\nBcc: evil@x.example",
				"orders@acme.example, evil@x.example", "Evil <evil@x.example>", "no-at-sign", "a@b@c", "",
				"team: a@b.example;" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> MailHeaders.mailbox(bad, null));
		}
	}

	@Test
	void derivesAStableMessageIdFromTheKey() {
		assertThat(MailHeaders.messageId("msg_0123abc", "order-dispatch-hub"))
			.isEqualTo("<msg_0123abc@order-dispatch-hub>");
		assertThat(MailHeaders.messageId("cancel.ODH-1 <x>", "hub.example")).isEqualTo("<cancel.ODH-1__x_@hub.example>");
	}

}
