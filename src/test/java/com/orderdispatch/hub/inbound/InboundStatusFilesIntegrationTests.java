package com.orderdispatch.hub.inbound;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.LifecycleClient;
import com.orderdispatch.hub.support.SftpTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Suppliers without an API drop status files: one on a real SFTP server (Apache MINA SSHD), one in a local
 * directory. Each file is applied once through the lifecycle rules, moved to processed/, with refused rows reported.
 */
@HubTest
class InboundStatusFilesIntegrationTests {

	static final SftpTestServer SFTP = SftpTestServer.start();

	static Path localDrop;

	@DynamicPropertySource
	static void hub(DynamicPropertyRegistry registry) throws IOException {
		localDrop = Files.createTempDirectory("inbound-drop");
		Files.createDirectories(SFTP.root().resolve("status"));
		String suppliers = """
				suppliers:
				  - id: filer
				    name: Supplier dropping files over SFTP
				    contactEmail: edi@filer.example
				    apiKey: filer-test-key
				    inbound:
				      host: localhost
				      port: %d
				      username: %s
				      password: "%s"
				      knownHosts: "%s"
				      directory: status
				      pollSeconds: 1
				      settleSeconds: 1
				  - id: dropper
				    name: Supplier dropping files in a local directory
				    contactEmail: edi@dropper.example
				    apiKey: dropper-test-key
				    inbound:
				      directory: "%s"
				      pollSeconds: 1
				      settleSeconds: 1
				""".formatted(SFTP.port(), SftpTestServer.USER, SftpTestServer.PASSWORD, SFTP.knownHostsEntry(),
				localDrop.toString().replace("\\", "/"));
		String config = HubFixture.configDirectory(suppliers).toString();
		// Made for this test's SFTP server and folder: its own configuration, not @HubTest's copy.
		registry.add("hub.config.directory", () -> config);
	}

	@AfterAll
	static void stopServer() {
		SFTP.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	StatusFiles statusFiles;

	LifecycleClient lifecycle;

	@BeforeEach
	void client() {
		lifecycle = new LifecycleClient(new ApiClient(port));
	}

	@Test
	void aStatusFileOverSftpIsAppliedOnceWithABadRowReportedAndTheFileMoved() throws IOException {
		String number = lifecycle.placeThreeLines("filer") + "-01";
		String csv = """
				supplierOrderNumber,action,lineRef,quantity,carrier,trackingNumber,reason,note
				%1$s,ACCEPT,A,,,,,
				%1$s,REJECT,B,,,,OUT_OF_STOCK,back in March
				%1$s,SHIP,A,2,DHL,JD0001,,
				%1$s,REJECT,C,,,,BORED,
				ODH-0-99,ACCEPT,,,,,,
				""".formatted(number);

		drop(SFTP.root().resolve("status"), "status-1.csv", csv);

		await().atMost(Duration.ofSeconds(30)).until(() -> processed(SFTP.root(), "status").size() == 2);
		List<String> processed = processed(SFTP.root(), "status");
		assertThat(processed.get(0)).endsWith("-status-1.csv");
		assertThat(processed.get(1)).isEqualTo(processed.get(0) + ".errors.csv");
		assertThat(SFTP.files("status")).isEmpty();
		String report = Files.readString(SFTP.root().resolve("status/processed").resolve(processed.get(1)));
		assertThat(report.lines().toList()).hasSize(3);
		assertThat(report).contains("5," + number + ",REJECT,C,").contains("reason must be one of");
		assertThat(report).contains("6,ODH-0-99,ACCEPT,,no supplier order ODH-0-99 of yours");

		JsonNode order = lifecycle.supplierOrder("filer-test-key", number);
		assertThat(order.get("lines").findValuesAsText("status")).containsExactly("SHIPPED", "REJECTED", "PENDING");
		assertThat(order.get("shipments").get(0).get("trackingNumber").asText()).isEqualTo("JD0001");
		assertThat(order.get("status").asText()).isEqualTo("PARTIALLY_SHIPPED");
	}

	@Test
	void theSameFileDroppedAgainIsNotAppliedTwice() throws IOException {
		String number = lifecycle.placeThreeLines("dropper") + "-01";
		String csv = """
				supplierOrderNumber,action,lineRef,quantity,carrier,trackingNumber,reason,note
				%s,SHIP,B,1,UPS,,,
				""".formatted(number);

		drop(localDrop, "ship.csv", csv);
		await().atMost(Duration.ofSeconds(30)).until(() -> processed(localDrop, "").size() == 1);
		drop(localDrop, "ship-again.csv", csv);
		await().atMost(Duration.ofSeconds(30)).until(() -> processed(localDrop, "").size() == 2);

		JsonNode order = lifecycle.supplierOrder("dropper-test-key", number);
		assertThat(order.get("shipments")).hasSize(1);
		assertThat(order.get("lines").get(1).get("shippedQuantity").asInt()).isEqualTo(1);
		assertThat(processed(localDrop, "")).noneMatch(name -> name.endsWith(".errors.csv"));
	}

	@Test
	void aFileStillBeingUploadedIsNotRead() throws Exception {
		String number = lifecycle.placeThreeLines("dropper") + "-01";
		Path part = localDrop.resolve("accept.csv.part");
		Files.writeString(part, "supplierOrderNumber,action,lineRef,quantity,carrier,trackingNumber,reason,note\n");

		// Left alone while it keeps its upload name, watched for longer than a poll and the settle time.
		await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5)).until(() -> Files.exists(part));
		Files.writeString(part, number + ",ACCEPT,,,,,,\n", java.nio.file.StandardOpenOption.APPEND);
		Files.move(part, localDrop.resolve("accept.csv"));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> lifecycle.supplierOrder("dropper-test-key", number).get("status").asText().equals("ACCEPTED"));
	}

	@Test
	void anEmptyFileEndsInTheErrorFolderWithAReportInsteadOfBeingLockedOnEveryPoll() throws IOException {
		Files.createFile(localDrop.resolve("empty.csv"));

		await().atMost(Duration.ofSeconds(30)).until(() -> error(localDrop, "").size() == 2);
		List<String> error = error(localDrop, "");
		assertThat(error.get(0)).endsWith("-empty.csv");
		assertThat(error.get(1)).isEqualTo(error.get(0) + ".errors.csv");
		assertThat(Files.readString(localDrop.resolve("error").resolve(error.get(1))))
			.contains("1,,,,\"the file is empty: it must start with the header row supplierOrderNumber,action,");
		try (var left = Files.list(localDrop)) {
			assertThat(left.map(file -> file.getFileName().toString()))
				.as("no file, and no .camelLock, left behind")
				.noneMatch(name -> name.startsWith("empty.csv"));
		}
	}

	@Test
	void filesThatAreNotUtf8TextOrWronglyHeadedEndInTheErrorFolderOverSftpAndChangeNothing() throws IOException {
		String number = lifecycle.placeThreeLines("filer") + "-01";
		Path status = SFTP.root().resolve("status");
		String header = String.join(",", StatusFileFormat.COLUMNS) + "\n";
		drop(status, "latin1.csv", (header + number + ",CANCEL,,,,,,Kundin zurückgetreten\n")
			.getBytes(StandardCharsets.ISO_8859_1));
		drop(status, "binary.csv", new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 });
		drop(status, "columns.csv", ("order,status\n" + number + ",ACCEPT\n").getBytes(StandardCharsets.UTF_8));

		await().atMost(Duration.ofSeconds(30)).until(() -> error(SFTP.root(), "status").size() == 6);
		assertThat(SFTP.files("status")).isEmpty();
		assertThat(report(SFTP.root().resolve("status"), "latin1.csv"))
			.contains("2,,,,the file is not UTF-8 text (byte ");
		assertThat(report(SFTP.root().resolve("status"), "binary.csv"))
			.contains("1,,,,\"the file is binary, not CSV text (control character U+0003)");
		assertThat(report(SFTP.root().resolve("status"), "columns.csv"))
			.contains("1,,,,\"the header row lacks the column(s) [supplierOrderNumber, action,");
		assertThat(processed(SFTP.root(), "status")).noneMatch(name -> name.contains("latin1")
				|| name.contains("binary") || name.contains("columns"));
		assertThat(lifecycle.supplierOrder("filer-test-key", number).get("status").asText()).isEqualTo("PENDING");
	}

	@Test
	void aFileThatIsStillGrowingIsReadOnlyOnceItHasStoppedChanging() throws Exception {
		String number = lifecycle.placeThreeLines("dropper") + "-01";
		Path file = localDrop.resolve("growing.csv");
		String csv = String.join(",", StatusFileFormat.COLUMNS) + "\n" + number + ",ACCEPT,,,,,,\n" + number
				+ ",SHIP,,,DHL,GROW-1,,\n";
		// Written in the open under its final name, in 7 pieces cut anywhere, one every 400 ms: 2.8 s in all, longer
		// than settleSeconds (1 s), but never as long between two writes.
		int piece = csv.length() / 7 + 1;
		for (int start = 0; start < csv.length(); start += piece) {
			assertThat(error(localDrop, "")).as("never read while it grows").noneMatch(name -> name.contains("growing"));
			assertThat(processed(localDrop, "")).noneMatch(name -> name.contains("growing"));
			Files.writeString(file, csv.substring(start, Math.min(csv.length(), start + piece)),
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			Thread.sleep(400);
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> processed(localDrop, "").stream()
			.anyMatch(name -> name.endsWith("-growing.csv")));
		assertThat(processed(localDrop, "").stream().filter(name -> name.contains("growing")))
			.as("read once, whole, without a report").hasSize(1);
		assertThat(error(localDrop, "")).noneMatch(name -> name.contains("growing"));
		assertThat(lifecycle.supplierOrder("dropper-test-key", number).get("status").asText()).isEqualTo("SHIPPED");
	}

	@Test
	void twoInstancesReadingTheSameFileAtOnceApplyItOnce() throws Exception {
		String number = lifecycle.placeThreeLines("dropper") + "-01";
		byte[] csv = """
				supplierOrderNumber,action,lineRef,quantity,carrier,trackingNumber,reason,note
				%s,SHIP,C,1,DPD,,,
				""".formatted(number).getBytes(StandardCharsets.UTF_8);

		var first = CompletableFuture.runAsync(() -> statusFiles.apply(csv, "dropper", "a.csv", exchange()));
		var second = CompletableFuture.runAsync(() -> statusFiles.apply(csv, "dropper", "b.csv", exchange()));
		CompletableFuture.allOf(first, second).get();

		assertThat(lifecycle.supplierOrder("dropper-test-key", number).get("shipments")).hasSize(1);
	}

	@Test
	void aLaterFileShippingOtherLinesUnderAKnownTrackingNumberRecordsANewShipment() throws IOException {
		String number = lifecycle.placeThreeLines("dropper") + "-01";
		String header = "supplierOrderNumber,action,lineRef,quantity,carrier,trackingNumber,reason,note\n";
		dropAndAwait(number + "-monday.csv", header + number + ",SHIP,A,2,DHL,PARCEL-9,,\n");

		String tuesday = dropAndAwait(number + "-tuesday.csv", header + number + ",SHIP,B,3,DHL,PARCEL-9,,\n"
				+ number + ",SHIP,C,5,UPS,1Z-OTHER,,\n");
		String wednesday = dropAndAwait(number + "-wednesday.csv",
				header + number + ",SHIP,B,3,DHL,PARCEL-9,,sent again\n");

		JsonNode order = lifecycle.supplierOrder("dropper-test-key", number);
		assertThat(order.get("shipments")).hasSize(2);
		assertThat(order.get("shipments").findValuesAsText("trackingNumber")).containsExactly("PARCEL-9", "PARCEL-9");
		assertThat(order.get("shipments").get(1).get("lines").findValuesAsText("lineRef")).containsExactly("B");
		assertThat(order.get("lines").findValuesAsText("status")).containsExactly("SHIPPED", "SHIPPED", "PENDING");
		assertThat(processed(localDrop, "")).contains(tuesday + ".errors.csv")
			.doesNotContain(wednesday + ".errors.csv");
		String report = Files.readString(localDrop.resolve("processed").resolve(tuesday + ".errors.csv"));
		assertThat(report.lines().toList()).hasSize(2);
		assertThat(report).contains("3," + number + ",SHIP,C,").contains("ships 5 but only 1 of 1 remain to ship");
	}

	/** Drops a file in the local folder and waits until it is processed; answers its name in processed/. */
	private static String dropAndAwait(String name, String content) throws IOException {
		drop(localDrop, name, content);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> processed(localDrop, "").stream().anyMatch(file -> file.endsWith("-" + name)));
		// The error report is written before the file is moved, so it is there by now if there is one.
		return processed(localDrop, "").stream().filter(file -> file.endsWith("-" + name)).findFirst().orElseThrow();
	}

	@Autowired
	org.apache.camel.CamelContext camel;

	private org.apache.camel.Exchange exchange() {
		return new org.apache.camel.support.DefaultExchange(camel);
	}

	private static void drop(Path folder, String name, String content) throws IOException {
		drop(folder, name, content.getBytes(StandardCharsets.UTF_8));
	}

	private static void drop(Path folder, String name, byte[] content) throws IOException {
		// Written under another name and renamed, as a careful supplier does.
		Path temp = folder.resolve("." + name + ".part");
		Files.write(temp, content);
		Files.move(temp, folder.resolve(name));
	}

	private static String report(Path inbound, String name) throws IOException {
		try (var files = Files.list(inbound.resolve("error"))) {
			Path report = files.filter(file -> file.getFileName().toString().endsWith("-" + name + ".errors.csv"))
				.findFirst()
				.orElseThrow();
			return Files.readString(report);
		}
	}

	private static List<String> error(Path root, String folder) throws IOException {
		return listed(root.resolve(folder).resolve("error"));
	}

	private static List<String> processed(Path root, String folder) throws IOException {
		return listed(root.resolve(folder).resolve("processed"));
	}

	private static List<String> listed(Path processed) throws IOException {
		if (!Files.isDirectory(processed)) {
			return List.of();
		}
		try (var files = Files.list(processed)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

}
