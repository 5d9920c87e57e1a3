package com.orderdispatch.hub.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.WebhookReceiver;
import com.orderdispatch.hub.support.RunningHub;
import com.orderdispatch.hub.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An administrator edits routes/ while the hub runs: a good edit applies, a broken one leaves the API serving. */
class RouteFilesReloadIntegrationTests {

	@TempDir
	Path routes;

	@Test
	void appliesAValidRouteEditAndRefusesABrokenOne() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("routes"))) {
			for (Path file : files.toList()) {
				Files.copy(file, routes.resolve(file.getFileName()));
			}
		}
		try (var hub = RunningHub.start(TestDatabases.h2Memory("routes"), "src/test/resources/hub-config",
				java.util.Map.of("hub.config.reload-interval", "100ms", "hub.routes.reload-enabled", "true",
						"hub.routes.directory", routes.toString(), "camel.main.routes-include-pattern",
						"file:" + routes + "/*.camel.yaml"))) {
			var api = new ApiClient(hub.port());
			assertThat(api.get("/api/v1/orders", "demo-shop-key").status()).isEqualTo(200);

			edit("ref: orderApi\n            method: list", "ref: noSuchBean\n            method: list");
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(health(api)).contains("noSuchBean"));
			assertThat(health(api)).contains("order-query.camel.yaml");
			assertThat(api.get("/api/v1/orders", "demo-shop-key").status()).as("the last good route keeps serving")
				.isEqualTo(200);

			edit("  - broken: [", "");
			Files.writeString(file(), Files.readString(file()) + "  - broken: [\n");
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(health(api)).doesNotContain("noSuchBean"));
			assertThat(health(api)).contains("lastRouteEdit\":\"refused");
			assertThat(api.get("/api/v1/orders", "demo-shop-key").status()).isEqualTo(200);

			// A valid edit: the list operation now answers as a single-order lookup would, without an order number.
			Files.copy(Path.of("routes/order-query.camel.yaml"), file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			edit("ref: orderApi\n            method: list", "ref: orderApi\n            method: get");
			await().atMost(Duration.ofSeconds(20))
				.until(() -> api.get("/api/v1/orders", "demo-shop-key").status() == 404);
			assertThat(health(api)).contains("lastRouteEdit\":\"applied");
		}
	}

	@Test
	void anEditedChannelTemplateRemakesTheSuppliersRoutes() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("routes"))) {
			for (Path file : files.toList()) {
				Files.copy(file, routes.resolve(file.getFileName()));
			}
		}
		try (var receiver = WebhookReceiver.start()) {
			String config = HubFixture.configCopy(Path.of("src/test/resources/dispatch/one-webhook")).toString();
			try (var hub = RunningHub.start(TestDatabases.h2Memory("templates"), config,
					java.util.Map.of("hub.config.reload-interval", "100ms", "hub.routes.reload-enabled", "true",
							"hub.routes.directory", routes.toString(), "camel.main.routes-include-pattern",
							"file:" + routes + "/*.camel.yaml", "test.receiver", "http://localhost:" + receiver.port()))) {
				HubFixture.postOrder(hub.port(), HubFixture.order("TEMPLATE-1", "shared"));
				await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("shared").size() == 1);

				// The administrator's edit: this channel now posts to <url>-v2.
				Path template = routes.resolve("channel-webhook.camel.yaml");
				String text = Files.readString(template);
				assertThat(text).contains("uri: \"{{url}}\"");
				Files.writeString(template, text.replace("uri: \"{{url}}\"", "uri: \"{{url}}-v2\""));
				await().atMost(Duration.ofSeconds(20)).until(() -> {
					HubFixture.postOrder(hub.port(), HubFixture.order("TEMPLATE-" + System.nanoTime(), "shared"));
					return !receiver.received("shared-v2").isEmpty();
				});
			}
		}
	}

	private static String health(ApiClient api) {
		return api.getAsAdmin("/actuator/health").response().body();
	}

	private Path file() {
		return routes.resolve("order-query.camel.yaml");
	}

	private void edit(String from, String to) throws IOException {
		String text = Files.readString(file());
		Files.writeString(file(), text.replace(from, to));
	}

}
