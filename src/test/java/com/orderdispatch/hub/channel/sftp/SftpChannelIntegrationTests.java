package com.orderdispatch.hub.channel.sftp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.SftpTestServer;
import com.orderdispatch.hub.support.TestDatabases;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.orderdispatch.hub.channel.sftp.SftpHubs.EVERY_SECOND;
import static com.orderdispatch.hub.channel.sftp.SftpHubs.SUPPLIER;
import static com.orderdispatch.hub.channel.sftp.SftpHubs.line;
import static com.orderdispatch.hub.channel.sftp.SftpHubs.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The SFTP drop against a real SFTP server (Apache MINA SSHD) started in the test. */
class SftpChannelIntegrationTests {

	@Test
	void dropsOneCsvFilePerSupplierOrderThatNoReaderEverSeesHalfWritten() throws Exception {
		try (var server = SftpTestServer.start();
				var hub = SftpHubs.start(TestDatabases.h2Memory("sftp-drop"), SftpHubs.configFor(server, EVERY_SECOND),
						Map.of())) {
			assertThat(HubFixture.postOrder(hub.port(), order("SFTP-1", "=HYPERLINK(\\\"http://evil.example\\\")",
					line("A", "GLX-LAMP", "Lamp, \\\"warm\\\" white", 2, "14.99"),
					line("B", "GLX-BULB", "Bulb", 3, "4.50"))).statusCode()).isEqualTo(201);
			assertThat(HubFixture.postOrder(hub.port(), order("SFTP-2", "Grace Hopper",
					line("A", "GLX-SHADE", "Shade", 1, "20.00"))).statusCode()).isEqualTo(201);

			await().atMost(Duration.ofSeconds(30)).until(() -> SftpHubs.delivered(hub) == 2);

			List<String> numbers = SftpHubs.supplierOrderNumbers(hub);
			List<String> expected = numbers.stream().map(number -> number + ".csv").sorted().toList();
			assertThat(server.files("inbound")).isEqualTo(expected);
			assertThat(server.renamedTo()).containsExactlyInAnyOrderElementsOf(
					expected.stream().map(name -> "inbound/" + name).toList());
			assertThat(server.written()).as("bytes only ever went to temporary names")
				.noneMatch(path -> expected.contains(Path.of(path).getFileName().toString()))
				.allMatch(path -> Path.of(path).getFileName().toString().startsWith("."));

			List<CSVRecord> first = SftpHubs.rows(server, numbers.get(0) + ".csv");
			assertThat(first).hasSize(2);
			assertThat(first.get(0).get("supplier_order_number")).isEqualTo(numbers.get(0));
			assertThat(first.get(0).get("retailer_order_ref")).isEqualTo("SFTP-1");
			assertThat(first.get(0).get("customer_name")).as("a formula is neutralised")
				.isEqualTo("'=HYPERLINK(\"http://evil.example\")");
			assertThat(first.get(0).get("customer_phone")).as("a phone number is no formula: it arrives as sent")
				.isEqualTo("+44 20 7946 0000");
			assertThat(first.get(0).get("ship_to_city")).isEqualTo("Malmö");
			assertThat(first.get(0).get("description")).isEqualTo("Lamp, \"warm\" white");
			assertThat(first.get(0).get("line_total")).isEqualTo("29.98");
			assertThat(first.get(1).get("sku")).isEqualTo("GLX-BULB");
			assertThat(first.get(1).get("quantity")).isEqualTo("3");
			String raw = Files.readString(server.root().resolve("inbound").resolve(numbers.get(0) + ".csv"),
					StandardCharsets.UTF_8);
			assertThat(raw).contains("\"Lamp, \"\"warm\"\" white\"", "Ångström AB").endsWith("\r\n");
			assertThat(SftpHubs.rows(server, numbers.get(1) + ".csv")).hasSize(1);
		}
	}

	@Test
	void aDropCutShortByTheServerGoingAwayCompletesOnTheNextRunWithoutDuplicateOrLoss() {
		try (var server = SftpTestServer.start()) {
			Path config = SftpHubs.configFor(server, SftpHubs.NEVER_IN_THIS_TEST);
			try (var hub = SftpHubs.start(TestDatabases.h2Memory("sftp-cut"), config, Map.of())) {
				for (int i = 0; i < 10; i++) {
					assertThat(HubFixture.postOrder(hub.port(), order("CUT-" + i, "Ada Lovelace",
							line("A", "GLX-LAMP", "Lamp", 1, "14.99"))).statusCode()).isEqualTo(201);
				}
				server.goAwayAfterRenames(3);
				editSchedule(config, EVERY_SECOND);

				await().atMost(Duration.ofSeconds(30)).until(() -> !server.isRunning());
				await().atMost(Duration.ofSeconds(10)).until(() -> failedAttempts(hub) >= 2);
				// The third file is in place, but its rename's answer may be lost with the server: then it counts
				// as failed, and its retry replaces it under the same name.
				assertThat(SftpHubs.delivered(hub)).as("the drop was cut short").isBetween(2L, 9L);
				server.restart();

				await().atMost(Duration.ofSeconds(30)).until(() -> SftpHubs.delivered(hub) == 10);
				List<String> expected = SftpHubs.supplierOrderNumbers(hub).stream().map(number -> number + ".csv")
					.sorted().toList();
				assertThat(server.files("inbound")).as("every order once, under its own name, nothing half-written")
					.isEqualTo(expected);
				Map<String, Long> renames = server.renamedTo().stream()
					.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
				assertThat(renames).hasSize(10);
			}
		}
	}

	@ParameterizedTest(name = "server offers posix-rename: {0}")
	@ValueSource(booleans = { true, false })
	void aFileAlreadyThereUnderTheOrdersNameIsReplacedWhetherOrNotTheServerRenamesOverIt(boolean posixRename)
			throws Exception {
		try (var server = posixRename ? SftpTestServer.start() : SftpTestServer.startWithoutPosixRename()) {
			Path config = SftpHubs.configFor(server, SftpHubs.NEVER_IN_THIS_TEST);
			try (var hub = SftpHubs.start(TestDatabases.h2Memory("sftp-replace-" + posixRename), config, Map.of())) {
				for (String ref : List.of("STALE-1", "STALE-2")) {
					assertThat(HubFixture.postOrder(hub.port(), order(ref, "Ada Lovelace",
							line("A", "GLX-LAMP", "Lamp", 1, "14.99"))).statusCode()).isEqualTo(201);
				}
				// As a drop whose rename's answer was lost leaves it: the file in place, the delivery not recorded.
				List<String> numbers = SftpHubs.supplierOrderNumbers(hub);
				Path stale = server.root().resolve("inbound").resolve(numbers.get(0) + ".csv");
				Files.writeString(stale, "stale\r\n");
				editSchedule(config, EVERY_SECOND);

				await().atMost(Duration.ofSeconds(30)).until(() -> SftpHubs.delivered(hub) == 2);

				assertThat(server.files("inbound")).as("no temporary file left behind")
					.containsExactlyElementsOf(numbers.stream().map(number -> number + ".csv").toList());
				assertThat(SftpHubs.rows(server, numbers.get(0) + ".csv")).singleElement()
					.satisfies(row -> assertThat(row.get("supplier_order_number")).isEqualTo(numbers.get(0)));
				assertThat(failedAttempts(hub)).as("replaced in the same attempt").isZero();
			}
		}
	}

	@Test
	void aWrongHostKeyIsRefusedAndTheDeliveryIsNotMarkedDelivered() {
		try (var server = SftpTestServer.start()) {
			SftpHubs.createInbound(server);
			Path config = HubFixture.configDirectory(
					SftpHubs.suppliers(server, SftpTestServer.foreignKnownHostsEntry(server.port()), EVERY_SECOND));
			try (var hub = SftpHubs.start(TestDatabases.h2Memory("sftp-hostkey"), config, Map.of())) {
				assertThat(HubFixture.postOrder(hub.port(), order("KEY-1", "Ada Lovelace",
						line("A", "GLX-LAMP", "Lamp", 1, "14.99"))).statusCode()).isEqualTo(201);

				await().atMost(Duration.ofSeconds(30)).until(() -> failedAttempts(hub) >= 2);

				assertThat(SftpHubs.statuses(hub)).doesNotContain("DELIVERED");
				assertThat(server.files("inbound")).isEmpty();
				assertThat(server.written()).isEmpty();
				assertThat(hub.jdbc().queryForList("select error from delivery_attempt where outcome <> 'DELIVERED'",
						String.class)).allMatch(error -> error.toLowerCase().contains("hostkey")
								|| error.toLowerCase().contains("host key"));
			}
		}
	}

	@Test
	void aChangedScheduleTakesEffectWithoutARestartAndNowDropsAtOnce() throws Exception {
		try (var server = SftpTestServer.start()) {
			Path config = SftpHubs.configFor(server, SftpHubs.NEVER_IN_THIS_TEST);
			try (var hub = SftpHubs.start(TestDatabases.h2Memory("sftp-schedule"), config, Map.of())) {
				assertThat(HubFixture.postOrder(hub.port(), order("SCHED-1", "Ada Lovelace",
						line("A", "GLX-LAMP", "Lamp", 1, "14.99"))).statusCode()).isEqualTo(201);
				// Nothing before the schedule says so, watched for longer than the claimer's polls.
				await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5))
					.until(() -> server.files("inbound").isEmpty());

				editSchedule(config, "now");

				await().atMost(Duration.ofSeconds(20)).until(() -> server.files("inbound").size() == 1);
				await().atMost(Duration.ofSeconds(10)).until(() -> SftpHubs.delivered(hub) == 1);
			}
		}
	}

	static void editSchedule(Path config, String schedule) {
		try {
			Path suppliers = config.resolve("suppliers.yaml");
			Files.writeString(suppliers,
					Files.readString(suppliers).replaceAll("schedule: \"[^\"]*\"", "schedule: \"" + schedule + "\""));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static int failedAttempts(com.orderdispatch.hub.support.RunningHub hub) {
		return hub.jdbc().queryForObject("select count(*) from delivery_attempt where outcome <> 'DELIVERED'",
				Integer.class);
	}

}
