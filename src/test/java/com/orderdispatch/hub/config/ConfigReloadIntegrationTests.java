package com.orderdispatch.hub.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.RunningHub;
import com.orderdispatch.hub.support.TestDatabases;
import com.orderdispatch.hub.support.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** An administrator edits config/ while the hub runs: good edits apply, broken ones are refused. */
class ConfigReloadIntegrationTests {

	@TempDir
	Path configDir;

	@Test
	void appliesAValidEditAndRefusesABrokenOneWhileTheLastGoodKeepsServing() throws IOException {
		for (String file : ConfigFiles.ALL) {
			Files.copy(Path.of("src/test/resources/hub-config", file), configDir.resolve(file));
		}
		String order = Orders.sampleWithRef("order-catalog-routed.json", "ignored").replace("INITECH-STAPLER", "NEW-SKU-1");
		try (var hub = RunningHub.start(TestDatabases.h2Memory("reload"), configDir.toString(),
				java.util.Map.of("hub.config.reload-interval", "100ms"))) {
			var api = new ApiClient(hub.port());
			assertThat(api.postOrder("demo-shop-key", order.replace("ignored", Orders.uniqueRef())).status())
				.isEqualTo(422);

			append("catalog.yaml", "  - { sku: NEW-SKU-1, supplierId: umbrella }\n");
			await().atMost(Duration.ofSeconds(20))
				.until(() -> api.postOrder("demo-shop-key", order.replace("ignored", Orders.uniqueRef())).status() == 201);

			append("suppliers.yaml", "  - id: Bad Id\n    name: x\n    contactEmail: not-an-address\n");
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(api.getAsAdmin("/actuator/health").response().body()).contains("refused",
					"'id'"));
			String health = api.getAsAdmin("/actuator/health").response().body();
			assertThat(health).contains("suppliers.yaml", "'id'");
			assertThat(api.postOrder("demo-shop-key", order.replace("ignored", Orders.uniqueRef())).status())
				.as("the last good configuration keeps serving").isEqualTo(201);

			Files.copy(Path.of("src/test/resources/hub-config/suppliers.yaml"), configDir.resolve("suppliers.yaml"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> api.getAsAdmin("/actuator/health").response().body().contains("\"lastEdit\":\"applied\""));
		}
	}

	@Test
	void theProductionProfileRefusesToStartWithTheDemoKeys() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(com.orderdispatch.hub.HubApplication.class)
			.profiles("prod")
			.run("--server.port=0", "--HUB_DB_URL=jdbc:h2:mem:prod;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
					"--HUB_DB_USER=sa", "--HUB_DB_PASSWORD=", "--HUB_ADMIN_PASSWORD=a-real-admin-password", "--hub.config.directory=config",
					"--hub.routes.reload-enabled=false"))
			.hasRootCauseInstanceOf(ConfigRejectedException.class)
			.rootCause()
			.hasMessageContaining("demo key");
	}

	private void append(String file, String text) throws IOException {
		Files.writeString(configDir.resolve(file), Files.readString(configDir.resolve(file)) + text);
	}

}
