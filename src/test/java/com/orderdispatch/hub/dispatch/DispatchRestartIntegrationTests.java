package com.orderdispatch.hub.dispatch;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.RunningHub;
import com.orderdispatch.hub.support.TestDatabases;
import com.orderdispatch.hub.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Retries are persisted: a delivery that failed before a restart is delivered by the restarted hub. */
class DispatchRestartIntegrationTests {

	@TempDir
	Path data;

	@Test
	void aReceiverDownWhileTheHubRestartsStillGetsTheOrderAfterwards() throws IOException {
		int receiverPort = freePort();
		String url = TestDatabases.h2File(data.resolve("hub"));
		String config = HubFixture.configCopy(Path.of("src/test/resources/dispatch/one-webhook")).toString();
		// Enough attempts that the delivery is still waiting, not dead, when the second hub starts.
		var settings = Map.of("hub.dispatch.retry-schedule", "0s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s",
				"test.receiver", "http://localhost:" + receiverPort);

		String webhookId;
		try (var hub = RunningHub.start(url, config, settings)) {
			assertThat(HubFixture.postOrder(hub.port(), HubFixture.order("LATER-1", "shared")).statusCode())
				.isEqualTo(201);
			await().atMost(Duration.ofSeconds(20)).until(() -> hub.jdbc()
				.queryForObject("select count(*) from delivery_attempt where outcome = 'FAILED'", Integer.class) > 0);
			webhookId = hub.jdbc().queryForObject("select idempotency_key from delivery", String.class);
		}

		try (var receiver = WebhookReceiver.start(receiverPort); var hub = RunningHub.start(url, config, settings)) {
			await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("shared").size() == 1);
			assertThat(receiver.received("shared").get(0).id()).isEqualTo(webhookId);
			await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED"
				.equals(hub.jdbc().queryForObject("select status from delivery", String.class)));
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
