package com.orderdispatch.hub.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default run's sandbox: the shipped configuration and the sample order through the intake API; the engine
 * delivers it by email to acme, and the sandbox SMTP server keeps it as .eml files the administrator can read.
 */
@HubTest(config = "config", sandbox = true)
class SandboxMailIntegrationTests {

	/** Where the sandbox's SMTP server writes what it receives (a temporary folder of this hub's). */
	@Value("${hub.sandbox.mail.directory}")
	Path mail;

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

	private List<Path> emlFiles() throws IOException {
		if (!Files.isDirectory(mail)) {
			return List.of();
		}
		try (var files = Files.list(mail)) {
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
