package com.orderdispatch.hub.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.RunningHub;
import com.orderdispatch.hub.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A route file edited through the hub (the console's Routes page): applied and written, or refused untouched. */
class RouteFileEditIntegrationTests {

	@TempDir
	Path routes;

	@Test
	void aBrokenEditIsRefusedWithTheFileUnchangedAndAGoodOneIsWrittenAndApplied() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("routes"))) {
			for (Path file : files.toList()) {
				Files.copy(file, routes.resolve(file.getFileName()));
			}
		}
		try (var hub = RunningHub.start(TestDatabases.h2Memory("routeedit"), "src/test/resources/hub-config",
				java.util.Map.of("hub.routes.reload-enabled", "true", "hub.routes.directory", routes.toString(),
						"camel.main.routes-include-pattern", "file:" + routes + "/*.camel.yaml"))) {
			var watcher = hub.bean(RouteFilesWatcher.class);
			var api = new ApiClient(hub.port());
			Path file = routes.resolve("order-query.camel.yaml");
			String original = Files.readString(file);

			var refusal = watcher.edit("order-query.camel.yaml",
					original.replace("ref: orderApi\n            method: list", "ref: noSuchBean\n            method: list"),
					"admin");
			assertThat(refusal).hasValueSatisfying(reason -> assertThat(reason).contains("noSuchBean"));
			assertThat(Files.readString(file)).isEqualTo(original);
			assertThat(api.get("/api/v1/orders", "demo-shop-key").status()).isEqualTo(200);

			String edited = original.replace("ref: orderApi\n            method: list",
					"ref: orderApi\n            method: get");
			assertThat(watcher.edit("order-query.camel.yaml", edited, "admin")).isEmpty();
			assertThat(Files.readString(file)).isEqualTo(edited);
			assertThat(api.get("/api/v1/orders", "demo-shop-key").status()).isEqualTo(404);
			assertThat(hub.jdbc().queryForObject(
					"select count(*) from audit_entry where actor = 'admin' and target = 'routes/order-query.camel.yaml'",
					Integer.class)).isEqualTo(1);
		}
	}

}
