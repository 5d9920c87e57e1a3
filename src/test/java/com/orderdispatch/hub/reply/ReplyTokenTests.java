package com.orderdispatch.hub.reply;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReplyTokenTests {

	private final ReplyToken token = new ReplyToken("a-secret-of-sixteen-or-more");

	@Test
	void findsTheOrderInAReplysSubject() {
		String subject = "Re: New order SO-1001-acme from Demo Shop " + token.reference("SO-1001-acme");

		assertThat(token.verifiedNumber(subject)).contains("SO-1001-acme");
	}

	@Test
	void refusesAReferenceWithAnotherOrdersSignature() {
		String signed = token.reference("SO-1001-acme");
		String forged = signed.replace("SO-1001-acme", "SO-1002-acme");

		assertThat(token.verifiedNumber("Re: " + forged)).isEmpty();
	}

	@Test
	void refusesASignatureMadeWithAnotherSecret() {
		String other = new ReplyToken("another-secret-of-sixteen").reference("SO-1001-acme");

		assertThat(token.verifiedNumber(other)).isEmpty();
		assertThat(token.verifiedNumber(null)).isEmpty();
	}

	@Test
	void refusesAShortSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReplyToken("short"));
	}

}
