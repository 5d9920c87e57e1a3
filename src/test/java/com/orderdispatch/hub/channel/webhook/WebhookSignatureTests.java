package com.orderdispatch.hub.channel.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	// The Standard Webhooks specification's own example.
	static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";

	static final long TIMESTAMP = 1614265330;

	static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

	@Test
	void signsLikeTheStandardWebhooksExample() {
		assertThat(WebhookSignature.sign(List.of(SECRET), ID, TIMESTAMP, BODY))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void verifiesAnyOneOfSeveralSignatures() {
		String header = "v1,bm90LXRoaXMtb25l v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
		assertThat(WebhookSignature.verify(List.of(SECRET), ID, Long.toString(TIMESTAMP), BODY, header)).isTrue();
	}

	@Test
	void refusesATamperedBodyOrAnotherId() {
		String header = WebhookSignature.sign(List.of(SECRET), ID, TIMESTAMP, BODY);
		byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
		assertThat(WebhookSignature.verify(List.of(SECRET), ID, Long.toString(TIMESTAMP), tampered, header)).isFalse();
		assertThat(WebhookSignature.verify(List.of(SECRET), "msg_other", Long.toString(TIMESTAMP), BODY, header))
			.isFalse();
		assertThat(WebhookSignature.verify(List.of(SECRET), ID, null, BODY, header)).isFalse();
	}

}
