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
 * database, fast retries, the sandbox on, and suppliers whose webhooks go to {@link #RECEIVER}, a real HTTP server
 * that lives as long as the test JVM. Each test uses its own supplier, so tests do not see each other's deliveries.
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
		String suppliers = "suppliers:\n"
				+ HubFixture.webhookSupplier("happy", RECEIVER.url("happy"), HubFixture.SECRET, ROTATED_SECRET)
				+ HubFixture.webhookSupplier("flaky", RECEIVER.url("flaky"))
				+ HubFixture.webhookSupplier("gone", RECEIVER.url("gone"))
				+ HubFixture.webhookSupplier("dead", RECEIVER.url("dead"))
				+ HubFixture.webhookSupplier("control", RECEIVER.url("control"))
				+ HubFixture.webhookSupplier("sandboxed", RECEIVER.url("sandboxed"))
				+ HubFixture.webhookSupplier("moving", RECEIVER.url("moving-old"))
				+ HubFixture.webhookSupplier("leased", RECEIVER.url("leased"))
				+ HubFixture.webhookSupplier("slow", RECEIVER.url("slow"))
				+ HubFixture.webhookSupplier("redirected", RECEIVER.url("redirected"))
				+ HubFixture.webhookSupplier("relocated", RECEIVER.url("relocated-old"))
				+ HubFixture.webhookSupplier("swapped", RECEIVER.url("swapped"))
				+ HubFixture.webhookSupplier("changed", RECEIVER.url("changed"))
				+ HubFixture.webhookSupplier("later", RECEIVER.url("later"))
				+ HubFixture.webhookSupplier("stalling", STALLING.url("stalling")).replace("timeoutSeconds: 5",
						"timeoutSeconds: 1")
				+ """
						  - id: filedrop
						    name: Supplier on a scheduled channel (SFTP) whose schedule never fires here
						    contactEmail: orders@filedrop.example
						    channels:
						      sftp:
						        host: localhost
						        username: filedrop
						        password: "filedrop-test-password"
						        knownHosts: "[localhost]:22 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMXlwMdej5PYmOv7+r2tCv91KvY2NhonbuZnuvyZ1UmM"
						        directory: /orders
						        schedule: "0 0 0 1 1 ? 2099"
						""";
		configDirectory = HubFixture.configDirectory(suppliers);
		String config = configDirectory.toString();
		String sandbox = Files.createTempDirectory("hub-sandbox").toString();
		registry.add("hub.config.directory", () -> config);
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:webhooks;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
				+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
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
