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

	@Test
	void refusesABodyOverTheLimitAndStoresNothing() throws Exception {
		var before = json.readTree(send(HttpRequest.newBuilder(sandbox("control")).GET().build()).body()).size();

		var response = send(HttpRequest.newBuilder(sandbox("control"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(300 * 1024) + "\""))
			.build());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(json.readTree(send(HttpRequest.newBuilder(sandbox("control")).GET().build()).body())).hasSize(before);
	}

	@Test
	void answersOnlyThisMachineOrTheAdmin() throws Exception {
		String address = nonLoopbackAddress();
		org.junit.jupiter.api.Assumptions.assumeTrue(address != null, "this machine has no non-loopback address");
		URI fromOutside = URI.create("http://" + address + ":" + port + "/sandbox/mail");

		assertThat(send(HttpRequest.newBuilder(fromOutside).GET().build()).statusCode()).isEqualTo(401);
		assertThat(send(HubFixture.admin(port, "", HubFixture.ADMIN_PASSWORD).uri(fromOutside).GET().build())
			.statusCode()).isEqualTo(200);
	}

	private static String nonLoopbackAddress() throws java.net.SocketException {
		var interfaces = java.net.NetworkInterface.networkInterfaces().filter(nic -> {
			try {
				return nic.isUp() && !nic.isLoopback();
			}
			catch (java.net.SocketException ex) {
				return false;
			}
		}).toList();
		for (var nic : interfaces) {
			for (var address : java.util.Collections.list(nic.getInetAddresses())) {
				if (address instanceof java.net.Inet4Address && !address.isLoopbackAddress()) {
					return address.getHostAddress();
				}
			}
		}
		return null;
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
