package com.orderdispatch.hub.sandbox;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderdispatch.hub.channel.webhook.WebhookSignature;
import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.orderdispatch.hub.support.HubFixture.send;
import static org.assertj.core.api.Assertions.assertThat;

class SandboxWebhookReceiverIntegrationTests extends HubIntegrationTest {

	@Test
	void keepsEveryEventAndWhetherItsSignatureVerified() throws Exception {
		String body = "{\"type\":\"supplier_order.created\",\"data\":{\"supplierId\":\"sandboxed\"}}";
		long now = System.currentTimeMillis() / 1000;
		String good = WebhookSignature.sign(List.of(HubFixture.SECRET), "msg_good", now,
				body.getBytes(StandardCharsets.UTF_8));

		assertThat(post("msg_good", now, good, body).statusCode()).isEqualTo(200);
		assertThat(post("msg_forged", now, "v1,Zm9yZ2Vk", body).statusCode()).isEqualTo(401);

		var response = send(HttpRequest.newBuilder(sandbox("sandboxed")).GET().build());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode events = json.readTree(response.body());
		assertThat(events).hasSize(2);
		assertThat(events.get(0).get("id").asText()).isEqualTo("msg_good");
		assertThat(events.get(0).get("verified").asBoolean()).isTrue();
		assertThat(events.get(0).at("/body/data/supplierId").asText()).isEqualTo("sandboxed");
		assertThat(events.get(1).get("verified").asBoolean()).isFalse();
	}

	@Test
	void answersNotFoundForSuppliersWithoutAWebhook() {
		assertThat(send(HttpRequest.newBuilder(sandbox("nobody")).GET().build()).statusCode()).isEqualTo(404);
	}

	private java.net.http.HttpResponse<String> post(String id, long timestamp, String signature, String body) {
		return send(HttpRequest.newBuilder(sandbox("sandboxed"))
			.header("Content-Type", "application/json")
			.header("webhook-id", id)
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private URI sandbox(String supplierId) {
		return URI.create("http://localhost:" + port + "/sandbox/webhooks/" + supplierId);
	}

}
