package com.orderdispatch.hub.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One started hub shared by the integration tests that extend this (Spring caches the context): an in-memory
 * database, fast retries, the sandbox on, and the suppliers of src/test/resources/webhooks/suppliers.yaml, whose
 * webhooks go to {@link #RECEIVER}, a real HTTP server that lives as long as the test JVM. Each test uses its own supplier, so tests do not see each other's deliveries.
 */
@HubTest(config = "src/test/resources/webhooks", sandbox = true,
		properties = { "hub.dispatch.retry-schedule=0s,200ms,200ms", "hub.config.reload-interval=200ms" })
public abstract class HubIntegrationTest {

	public static final String ROTATED_SECRET = "whsec_"
			+ Base64.getEncoder().encodeToString("a-newer-secret-32-bytes-long!!!!".getBytes(StandardCharsets.UTF_8));

	protected static final WebhookReceiver RECEIVER = WebhookReceiver.start();

	/** A receiver that can stall its response body; supplier "stalling" (deadline 1 s) sends to it. */
	protected static final StallingReceiver STALLING = StallingReceiver.start();

	/** The hub's copy of its configuration folder, for tests that edit it while the hub runs. */
	@Value("${hub.config.directory}")
	protected Path configDirectory;

	@DynamicPropertySource
	static void receivers(DynamicPropertyRegistry registry) {
		registry.add("test.receiver", () -> "http://localhost:" + RECEIVER.port());
		registry.add("test.stalling", () -> STALLING.url("").replaceAll("/$", ""));
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected ObjectMapper json;

}
