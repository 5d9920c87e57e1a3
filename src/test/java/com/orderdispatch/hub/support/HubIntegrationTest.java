package com.orderdispatch.hub.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One started hub shared by the integration tests that extend this (Spring caches the context): an in-memory
 * database, fast retries, the sandbox on, and the suppliers of src/test/resources/webhooks/suppliers.yaml, whose
 * webhooks go to {@link #RECEIVER}, a real HTTP server that lives as long as the test JVM. Each test uses its own supplier, so tests do not see each other's deliveries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class HubIntegrationTest {

	public static final String ROTATED_SECRET = "whsec_"
			+ Base64.getEncoder().encodeToString("a-newer-secret-32-bytes-long!!!!".getBytes(StandardCharsets.UTF_8));

	protected static final WebhookReceiver RECEIVER = WebhookReceiver.start();

	/** A receiver that can stall its response body; supplier "stalling" (deadline 1 s) sends to it. */
	protected static final StallingReceiver STALLING = StallingReceiver.start();

	/** The hub's configuration directory, for tests that edit it while the hub runs. */
	protected static java.nio.file.Path configDirectory;

	@DynamicPropertySource
	static void hub(DynamicPropertyRegistry registry) throws java.io.IOException {
		configDirectory = HubFixture.configCopy(java.nio.file.Path.of("src/test/resources/webhooks"));
		registry.add("test.receiver", () -> "http://localhost:" + RECEIVER.port());
		registry.add("test.stalling", () -> STALLING.url("").replaceAll("/$", ""));
		String config = configDirectory.toString();
		String sandbox = Files.createTempDirectory("hub-sandbox").toString();
		registry.add("hub.config.directory", () -> config);
		registry.add("spring.datasource.url", () -> TestDatabases.h2Memory("webhooks"));
		registry.add("hub.dispatch.retry-schedule", () -> "0s,200ms,200ms");
		registry.add("hub.dispatch.poll-interval", () -> "200");
		registry.add("hub.config.reload-interval", () -> "200ms");
		registry.add("hub.admin.password", () -> HubFixture.ADMIN_PASSWORD);
		registry.add("hub.security.failed-logins.limit", () -> "100000");
		registry.add("hub.sandbox.enabled", () -> "true");
		registry.add("hub.sandbox.directory", () -> sandbox);
		registry.add("hub.routes.reload-enabled", () -> "false");
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected ObjectMapper json;

}
