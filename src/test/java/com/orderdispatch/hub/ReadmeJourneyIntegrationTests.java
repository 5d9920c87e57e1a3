package com.orderdispatch.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.RequiredTools;
import com.orderdispatch.hub.support.RunningHub;
import com.orderdispatch.hub.support.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's journey is the front door: every shell block marked {@code <!-- journey -->} is run, in order, as one
 * bash script against a freshly started hub on the demo configuration, from a folder laid out like the checkout
 * (samples/, data/). Every curl fails the script on an HTTP error, so a block that drifts from the API (a line that
 * does not exist, a refused call, a wrong path) fails this test, and the outcome the README describes is checked
 * after it.
 */
class ReadmeJourneyIntegrationTests {

	static final Pattern JOURNEY_BLOCK = Pattern.compile("<!-- journey -->\\s*```bash\\n(.*?)```", Pattern.DOTALL);

	static final Pattern PINNED = Pattern.compile("GLOBEX_SFTP_KNOWN_HOSTS:\\[localhost]:2222 ([^}]+)}");

	@Test
	void everyJourneyBlockOfTheReadmeWorksWhenPastedInOrder() throws Exception {
		requireShellTools();
		String readme = Files.readString(Path.of("README.md"));
		List<String> blocks = journeyBlocks(readme);
		assertThat(blocks).as("journey blocks in README.md").hasSizeGreaterThanOrEqualTo(5);

		Path work = Files.createTempDirectory("readme-journey");
		Files.createSymbolicLink(work.resolve("samples"), Path.of("samples").toAbsolutePath());
		int port = TestSocketUtils.findAvailableTcpPort();
		int sftpPort = TestSocketUtils.findAvailableTcpPort();
		int mailPort = TestSocketUtils.findAvailableTcpPort();
		var hostKey = PINNED.matcher(Files.readString(Path.of("config/suppliers.yaml")));
		assertThat(hostKey.find()).as("config/suppliers.yaml pins the sandbox's host key for globex").isTrue();
		var properties = Map.ofEntries(Map.entry("server.port", Integer.toString(port)),
				Map.entry("hub.admin.password", "demo-admin"), Map.entry("hub.sandbox.enabled", "true"),
				Map.entry("hub.sandbox.mail.port", Integer.toString(mailPort)),
				Map.entry("hub.mail.port", Integer.toString(mailPort)),
				Map.entry("hub.sandbox.sftp.port", Integer.toString(sftpPort)),
				Map.entry("hub.sandbox.mail.directory", work.resolve("data/sandbox/mail").toString()),
				Map.entry("hub.sandbox.sftp.directory", work.resolve("data/sandbox/sftp").toString()),
				Map.entry("hub.sandbox.directory", work.resolve("data/sandbox/webhooks").toString()),
				Map.entry("GLOBEX_SFTP_PORT", Integer.toString(sftpPort)),
				Map.entry("GLOBEX_SFTP_KNOWN_HOSTS", "[localhost]:" + sftpPort + " " + hostKey.group(1)),
				Map.entry("UMBRELLA_INBOUND_DIR", work.resolve("data/inbound/umbrella").toString()));
		try (var hub = RunningHub.start(TestDatabases.h2Memory("readme-journey"),
				HubFixture.configCopy().toString(), properties)) {
			var run = run(script(blocks, port), work);

			assertThat(run.exitCode()).as("the journey script failed:\n" + run.output()).isZero();
			var api = new ApiClient(port);
			JsonNode umbrellaOrder = api.get("/api/v1/orders/ODH-100002", "demo-shop-key").json();
			JsonNode share = umbrellaOrder.get("supplierOrders").get(0);
			assertThat(share.get("status").asText()).isEqualTo("SHIPPED");
			assertThat(share.get("shipments")).hasSize(2);
			assertThat(lineStatuses(share)).containsExactly("SHIPPED", "REJECTED", "CANCELLED", "SHIPPED");
			assertThat(run.output()).contains("\"verified\":true").contains("ODH-100001-02.csv");
			assertThat(Files.list(work.resolve("data/sandbox/mail")).count()).isGreaterThanOrEqualTo(4);
		}
	}

	static List<String> journeyBlocks(String readme) {
		var blocks = new ArrayList<String>();
		Matcher matcher = JOURNEY_BLOCK.matcher(readme);
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		return blocks;
	}

	/** The blocks as one script for a hub on {@code port}; curl fails on any HTTP error and never waits long. */
	private static String script(List<String> blocks, int port) {
		var script = new StringBuilder("""
				set -euo pipefail
				curl() { command curl --fail-with-body --max-time 20 "$@"; }
				""");
		blocks.forEach(block -> script.append(block.replace("http://localhost:8080", "http://localhost:" + port))
			.append('\n'));
		return script.toString();
	}

	record Run(int exitCode, String output) {
	}

	private static Run run(String script, Path directory) throws IOException, InterruptedException {
		Path file = directory.resolve("journey.sh");
		Files.writeString(file, script);
		Process process = new ProcessBuilder("bash", file.toString()).directory(directory.toFile())
			.redirectErrorStream(true)
			.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			return new Run(-1, "timed out after 3 minutes\n"
					+ new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	private static List<String> lineStatuses(JsonNode supplierOrder) {
		var statuses = new ArrayList<String>();
		supplierOrder.get("lines").forEach(line -> statuses.add(line.get("status").asText()));
		return statuses;
	}

	/** bash and curl, as a newcomer has them; skipped loudly without them, except in CI. */
	private static void requireShellTools() {
		for (String tool : new String[] { "bash", "curl" }) {
			if (RequiredTools.onPath(tool).isEmpty()) {
				Assumptions.abort(RequiredTools.missing("The README journey test needs " + tool + " on the PATH"));
			}
		}
	}

}
