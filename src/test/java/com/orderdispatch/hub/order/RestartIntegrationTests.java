package com.orderdispatch.hub.order;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.RunningHub;
import com.orderdispatch.hub.support.TestDatabases;
import com.orderdispatch.hub.support.TestHubEnvironment;
import com.orderdispatch.hub.support.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An order the hub has acknowledged is still there after the hub stops, however it stops. */
class RestartIntegrationTests {

	static final String TEST_CONFIG = "src/test/resources/hub-config";

	@TempDir
	Path dataDir;

	@Test
	void anOrderCommittedBeforeARestartIsStillThere() {
		String url = TestDatabases.h2File(dataDir.resolve("hub"));
		String number;
		try (var hub = RunningHub.start(url, TEST_CONFIG, java.util.Map.of())) {
			var reply = new ApiClient(hub.port()).postOrder("demo-shop-key", Orders.multiSupplier(Orders.uniqueRef()));
			assertThat(reply.status()).isEqualTo(201);
			number = reply.json().get("orderNumber").asText();
		}

		try (var hub = RunningHub.start(url, TEST_CONFIG, java.util.Map.of())) {
			var order = new ApiClient(hub.port()).get("/api/v1/orders/" + number, "demo-shop-key");
			assertThat(order.status()).isEqualTo(200);
			assertThat(order.json().get("supplierOrders")).hasSize(4);
		}
	}

	/** The shipped default store, in a separate hub process killed with SIGKILL right after its 201. */
	@Test
	void anOrderAcknowledgedJustBeforeKillMinus9IsStillThere() throws Exception {
		int port = freePort();
		var builder = new ProcessBuilder(javaCommand()).directory(dataDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("hub.log").toFile());
		builder.environment().put("PORT", Integer.toString(port));
		builder.environment().put("HUB_CONFIG_DIR", Path.of(TEST_CONFIG).toAbsolutePath().toString());
		builder.environment().put("HUB_ROUTES_RELOAD", "false");
		builder.environment().put("HUB_MAIL_TEMPLATES", Path.of("config/templates").toAbsolutePath().toString());
		builder.environment().put("HUB_SANDBOX_ENABLED", "false");
		// The shipped default store under the process's own ./data, not the tests' in-memory one.
		builder.environment().put(TestHubEnvironment.OPT_OUT, "off");
		Process hub = builder.start();
		var api = new ApiClient(port);
		String number;
		try {
			await().atMost(Duration.ofSeconds(90))
				.ignoreExceptions()
				.failFast("the hub process ended", () -> !hub.isAlive())
				.until(() -> api.get("/actuator/health", null).status() == 200);
			var reply = api.postOrder("demo-shop-key", Orders.multiSupplier(Orders.uniqueRef()));
			hub.destroyForcibly();
			assertThat(reply.status()).isEqualTo(201);
			number = reply.json().get("orderNumber").asText();
		}
		finally {
			hub.destroyForcibly().waitFor();
		}

		try (var restarted = RunningHub.start(TestDatabases.h2File(dataDir.resolve("data/hub")), TEST_CONFIG,
				java.util.Map.of())) {
			var order = new ApiClient(restarted.port()).get("/api/v1/orders/" + number, "demo-shop-key");
			assertThat(order.status()).isEqualTo(200);
			assertThat(order.json().get("supplierOrders")).hasSize(4);
		}
	}

	/** The hub as `./mvnw spring-boot:run` starts it, but in the temp dir: its ./data is there. */
	private List<String> javaCommand() {
		var command = new ArrayList<String>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("-Dspring.config.additional-location=file:" + Path.of("config").toAbsolutePath() + "/");
		command.add("-Dcamel.main.routes-include-pattern=file:" + Path.of("routes").toAbsolutePath() + "/*.camel.yaml");
		command.add("com.orderdispatch.hub.HubApplication");
		return command;
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
