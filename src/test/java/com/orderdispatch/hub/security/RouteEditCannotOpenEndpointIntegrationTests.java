package com.orderdispatch.hub.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.RunningHub;
import com.orderdispatch.hub.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Routes carry no authentication: an administrator's edit that strips a route to nothing opens nothing. */
class RouteEditCannotOpenEndpointIntegrationTests {

	@TempDir
	Path routes;

	@Test
	void anEditRemovingARoutesStepsLeavesTheEndpointClosed() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("routes"))) {
			for (Path file : files.toList()) {
				Files.copy(file, routes.resolve(file.getFileName()));
			}
		}
		try (var hub = RunningHub.start(TestDatabases.h2Memory("route-edit"), "src/test/resources/hub-config",
				Map.of("hub.config.reload-interval", "100ms", "hub.routes.reload-enabled", "true",
						"hub.routes.directory", routes.toString(), "camel.main.routes-include-pattern",
						"file:" + routes + "/*.camel.yaml"))) {
			var api = new ApiClient(hub.port());
			assertThat(api.get("/api/v1/orders", null).status()).isEqualTo(401);

			Files.writeString(routes.resolve("order-query.camel.yaml"), """
					- route:
					    id: order-get
					    from:
					      uri: direct:order-get
					      steps:
					        - setBody:
					            constant: "edited"
					- route:
					    id: order-list
					    from:
					      uri: direct:order-list
					      steps:
					        - setBody:
					            constant: "edited"
					""");
			await().atMost(Duration.ofSeconds(20))
				.until(() -> "edited".equals(api.get("/api/v1/orders", "demo-shop-key").response().body()));

			assertThat(api.get("/api/v1/orders", null).status()).isEqualTo(401);
			assertThat(api.get("/api/v1/orders", "not-a-key").status()).isEqualTo(401);
			assertThat(api.get("/api/v1/orders?Authorization=Bearer%20demo-shop-key", null).status()).isEqualTo(401);
			assertThat(api.get("/api/v1/orders/ODH-1", "acme-test-key").status()).isEqualTo(401);
		}
	}

}
