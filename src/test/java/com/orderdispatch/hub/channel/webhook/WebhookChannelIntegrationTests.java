package com.orderdispatch.hub.channel.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderdispatch.hub.apidoc.WebhookEventContract;
import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubIntegrationTest;
import com.orderdispatch.hub.support.WebhookReceiver;
import org.junit.jupiter.api.Test;


import static com.orderdispatch.hub.support.HubFixture.admin;
import static com.orderdispatch.hub.support.HubFixture.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The webhook channel end to end: intake, engine, signed POSTs to a real HTTP server, the delivery log. */
class WebhookChannelIntegrationTests extends HubIntegrationTest {

	@Test
	void deliversOnceWithAValidSignaturePerSecret() throws Exception {
		Instant before = Instant.now();
		assertThat(HubFixture.postOrder(port, HubFixture.order("HAPPY-1", "happy")).statusCode()).isEqualTo(201);

		JsonNode delivery = awaitDelivery("happy", "DELIVERED");
		var received = RECEIVER.received("happy");
		assertThat(received).hasSize(1);
		var hook = received.get(0);
		assertThat(hook.id()).isEqualTo(delivery.get("idempotencyKey").asText()).startsWith("msg_");
		assertThat(hook.contentType()).startsWith("application/json");
		String[] signatures = hook.signature().split(" ");
		assertThat(signatures).containsExactly(independentSignature(HubFixture.SECRET, hook),
				independentSignature(HubIntegrationTest.ROTATED_SECRET, hook));
		JsonNode event = json.readTree(hook.body());
		assertThat(event.get("type").asText()).isEqualTo("supplier_order.created");
		assertThat(Instant.parse(event.get("timestamp").asText())).isBetween(before, Instant.now());
		assertThat(event.get("subject").asText()).isEqualTo(event.at("/data/supplierOrderNumber").asText());
		assertThat(event.at("/data/supplierId").asText()).isEqualTo("happy");
		assertThat(event.at("/data/lines/0/sku").asText()).isEqualTo("SKU-1");
		assertThat(event.at("/data/customer/name").asText()).isEqualTo("Ada Lovelace");
		assertThat(event.at("/data/shipTo/city").asText()).isEqualTo("London");
	}

	@Test
	void theEventSentIsTheOneTheApiDescriptionDocuments() throws Exception {
		assertThat(HubFixture.postOrder(port, HubFixture.order("DOCUMENTED-1", "documented")).statusCode()).isEqualTo(201);

		awaitDelivery("documented", "DELIVERED");
		assertThat(WebhookEventContract.problems(RECEIVER.received("documented").get(0).body())).isEmpty();
	}

	@Test
	void retriesWithTheSameWebhookIdUntilTheReceiverRecovers() throws Exception {
		RECEIVER.script("flaky", 500, 500);
		HubFixture.postOrder(port, HubFixture.order("FLAKY-1", "flaky"));

		JsonNode delivery = awaitDelivery("flaky", "DELIVERED");
		assertThat(RECEIVER.received("flaky")).hasSize(3)
			.extracting(WebhookReceiver.Received::id)
			.containsOnly(delivery.get("idempotencyKey").asText());
		// The same event every time: only webhook-timestamp and the signature are of the attempt.
		assertThat(RECEIVER.received("flaky")).extracting(received -> new String(received.body()))
			.containsOnly(new String(RECEIVER.received("flaky").get(0).body()));
		assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
		assertThat(delivery.get("attemptLog").findValuesAsText("outcome")).containsExactly("FAILED", "FAILED",
				"DELIVERED");
		assertThat(delivery.get("attemptLog").findValues("httpStatus")).extracting(JsonNode::asInt)
			.containsExactly(500, 500, 200);
	}

	@Test
	void aRedirectIsAFailedAttemptNotFollowed() throws Exception {
		RECEIVER.script("redirected", 302);
		HubFixture.postOrder(port, HubFixture.order("REDIRECT-1", "redirected"));

		JsonNode delivery = awaitDelivery("redirected", "DELIVERED");
		assertThat(delivery.get("attemptLog").findValuesAsText("outcome")).containsExactly("FAILED", "DELIVERED");
		assertThat(delivery.get("attemptLog").findValues("httpStatus")).extracting(JsonNode::asInt)
			.containsExactly(302, 200);
		assertThat(RECEIVER.received("redirected")).hasSize(2);
	}

	@Test
	void goneDisablesTheEndpointUntilAnAdminRetries() throws Exception {
		RECEIVER.answerByDefault("gone", 410);
		HubFixture.postOrder(port, HubFixture.order("GONE-1", "gone"));
		JsonNode disabled = awaitDelivery("gone", "DISABLED");
		assertThat(disabled.at("/attemptLog/0/httpStatus").asInt()).isEqualTo(410);

		// A later order waits instead of being sent to the retired endpoint; a control order shows the engine ran.
		HubFixture.postOrder(port, HubFixture.order("GONE-2", "gone"));
		HubFixture.postOrder(port, HubFixture.order("CONTROL-1", "control"));
		awaitDelivery("control", "DELIVERED");
		assertThat(RECEIVER.received("gone")).hasSize(1);
		assertThat(list("?supplierId=gone&status=PENDING").get("items")).hasSize(1);

		RECEIVER.answerByDefault("gone", 204);
		var retried = send(admin(port, "/deliveries/" + disabled.get("id").asLong() + "/retry", HubFixture.ADMIN_PASSWORD)
			.POST(java.net.http.HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(retried.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> list("?supplierId=gone&status=DELIVERED").get("items").size() == 2);
	}

	@Test
	void aDeadDeliveryReplayedByTheAdminArrivesWithItsOriginalId() throws Exception {
		RECEIVER.answerByDefault("dead", 500);
		Instant before = Instant.now().minusSeconds(60);
		HubFixture.postOrder(port, HubFixture.order("DEAD-1", "dead"));
		JsonNode dead = awaitDelivery("dead", "DEAD");
		assertThat(RECEIVER.received("dead")).hasSize(3);

		RECEIVER.answerByDefault("dead", 200);
		var replay = send(admin(port, "/deliveries/replay", HubFixture.ADMIN_PASSWORD)
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"supplierId\": \"dead\", \"since\": \"" + before + "\"}"))
			.build());
		assertThat(replay.statusCode()).isEqualTo(200);
		assertThat(json.readTree(replay.body()).get("replayed").asInt()).isEqualTo(1);

		JsonNode delivered = awaitDelivery("dead", "DELIVERED");
		assertThat(delivered.get("attempts").asInt()).isEqualTo(4);
		assertThat(RECEIVER.received("dead")).hasSize(4)
			.extracting(WebhookReceiver.Received::id)
			.containsOnly(dead.get("idempotencyKey").asText());
	}

	@Test
	void adminEndpointsRefuseMissingOrWrongCredentials() {
		for (String password : new String[] { null, "wrong-password" }) {
			var response = send(admin(port, "/deliveries", password).GET().build());
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					challenge -> assertThat(challenge).startsWith("Basic"));
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			var retry = send(admin(port, "/deliveries/1/retry", password)
				.POST(java.net.http.HttpRequest.BodyPublishers.noBody())
				.build());
			assertThat(retry.statusCode()).isEqualTo(401);
		}
		assertThat(send(admin(port, "/deliveries", HubFixture.ADMIN_PASSWORD).GET().build()).statusCode())
			.isEqualTo(200);
	}

	private JsonNode awaitDelivery(String supplierId, String status) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			JsonNode items = list("?supplierId=" + supplierId + "&status=" + status).get("items");
			return items.isEmpty() ? null : items.get(0);
		}, node -> node != null);
	}

	private JsonNode list(String query) throws Exception {
		var response = send(admin(port, "/deliveries" + query, HubFixture.ADMIN_PASSWORD).GET().build());
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(response.body());
	}

	/** Standard Webhooks, computed here from scratch rather than with the hub's own signer. */
	private static String independentSignature(String secret, WebhookReceiver.Received hook) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		byte[] signed = (hook.id() + "." + hook.timestamp() + "." + new String(hook.body(), StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8);
		return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed));
	}


}
