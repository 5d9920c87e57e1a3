package com.orderdispatch.hub.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.orderdispatch.hub.support.HubFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default run's sandbox: the shipped configuration and the sample order through the intake API; the engine
 * delivers it by email to acme, and the sandbox SMTP server keeps it as .eml files the administrator can read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandboxMailIntegrationTests {

	static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();

	static final Path CONFIG = HubFixture.configCopy();

	static final Path MAIL = CONFIG.resolve("sandbox-mail");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("hub.config.directory", CONFIG::toString);
		registry.add("hub.sandbox.enabled", () -> "true");
		registry.add("hub.sandbox.mail.port", () -> SMTP_PORT);
		registry.add("hub.sandbox.mail.directory", MAIL::toString);
		registry.add("hub.mail.port", () -> SMTP_PORT);
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:sandbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesEveryEmailOfTheSampleOrderAsAnEmlFile() throws Exception {
		String sample = Files.readString(Path.of("samples", "order-single-supplier.json"));
		var response = HubFixture.postOrder(port, "demo-shop-key", sample);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		var delivery = HubFixture.delivery(jdbc, "DEMO-10001", "acme", "email");

		// Nothing else to do: the dispatch engine delivers it through channel-email-acme to the sandbox SMTP server.
		await().atMost(Duration.ofSeconds(10)).until(() -> emlFiles().size() == 2);
		String orderEmail = emlFiles().stream()
			.map(SandboxMailIntegrationTests::read)
			.filter(text -> text.contains("Message-ID: <" + delivery.idempotencyKey() + "@"))
			.findFirst()
			.orElseThrow();
		assertThat(orderEmail).contains("To: orders@acme.example", "Subject: Order ODH-", "ACME-HAMMER-16",
				"text/html", "text/csv");
		assertThat(emlFiles()).anyMatch(file -> read(file).contains("To: counter@acme.example"));

		var listed = http.getForObject("/sandbox/mail", SandboxMailList.ReceivedMail[].class);
		assertThat(listed).hasSize(2);
		String served = http.getForObject(listed[0].href(), String.class);
		assertThat(served).contains("Message-ID: <msg_");
		assertThat(http.getForEntity("/sandbox/mail/..%2Fretailers.eml", String.class).getStatusCode().value())
			.isIn(400, 404);
	}

	private static List<Path> emlFiles() throws IOException {
		if (!Files.isDirectory(MAIL)) {
			return List.of();
		}
		try (var files = Files.list(MAIL)) {
			return files.filter(file -> file.toString().endsWith(".eml")).toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
