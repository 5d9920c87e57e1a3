package com.orderdispatch.hub.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A file edit the rules refuse, made while the hub runs: the refusal is shown, the last good keeps serving. */
class ConfigEditRefusalIntegrationTests extends HubIntegrationTest {

	@Test
	void aSecretListedTwiceInTheFileIsRefusedWithoutQuotingItAndTheSupplierKeepsItsWebhook() throws Exception {
		var suppliers = configDirectory.resolve("suppliers.yaml");
		byte[] before = Files.readAllBytes(suppliers);
		try {
			HubFixture.edit(suppliers, """
					url: "${test.receiver}/hooks/guarded"
					        secrets: ["%s"]""".formatted(HubFixture.SECRET), """
					url: "${test.receiver}/hooks/guarded"
					        secrets: ["%s", "%s"]""".formatted(HubFixture.SECRET, HubFixture.SECRET));

			// The in-place write may be seen half done first (an empty file, refused too): wait for this refusal.
			await().atMost(Duration.ofSeconds(10)).until(() -> health().contains("same secret twice"));
			assertThat(health()).contains("suppliers.yaml", "'guarded'", "'channels.webhook.secrets'",
					"same secret twice")
				.doesNotContain(HubFixture.SECRET.substring(6));
			HubFixture.postOrder(port, HubFixture.order("REFUSED-EDIT-1", "guarded"));
			await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVER.received("guarded").stream()
				.anyMatch(hook -> new String(hook.body(), StandardCharsets.UTF_8).contains("REFUSED-EDIT-1")));
		}
		finally {
			Files.write(suppliers, before);
			await().atMost(Duration.ofSeconds(10)).until(() -> health().contains("\"lastEdit\":\"applied\""));
		}
	}

	private String health() {
		return new ApiClient(port).getAsAdmin("/actuator/health").response().body();
	}

}
