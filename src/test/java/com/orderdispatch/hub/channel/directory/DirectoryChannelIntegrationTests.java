package com.orderdispatch.hub.channel.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.RunningHub;
import com.orderdispatch.hub.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The directory drop writes one file per supplier order, complete, and a retry replaces it under its name. */
class DirectoryChannelIntegrationTests {

	@TempDir
	Path drop;

	@Test
	void writesOneFilePerOrderAtOnceAndARetryReplacesItUnderTheSameName() throws Exception {
		Path inbound = drop.resolve("shared/inbound");
		Path config = HubFixture.configDirectory("""
				suppliers:
				  - id: shareco
				    name: Share Co
				    contactEmail: edi@shareco.example
				    channels:
				      directory:
				        path: "%s"
				        fileName: "PO_{supplierOrderNumber}.csv"
				        csv:
				          columns: [supplier_order_number, sku, quantity, customer_name]
				          headers: { supplier_order_number: PO }
				          delimiter: ";"
				""".formatted(inbound.toString().replace("\\", "/")));
		try (var hub = RunningHub.start(TestDatabases.h2Memory("directory-drop"), config.toString(), Map.of())) {
			assertThat(HubFixture.postOrder(hub.port(), HubFixture.order("DIR-1", "shareco")).statusCode())
				.isEqualTo(201);

			await().atMost(Duration.ofSeconds(20)).until(() -> status(hub).equals("DELIVERED"));
			String number = hub.jdbc().queryForObject("select supplier_order_number from supplier_order",
					String.class);
			Path file = inbound.resolve("PO_" + number + ".csv");
			String expected = "PO;sku;quantity;customer_name\r\n" + number + ";SKU-1;2;Ada Lovelace\r\n";
			assertThat(files(inbound)).containsExactly(file.getFileName().toString());
			assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);

			long id = hub.jdbc().queryForObject("select id from delivery", Long.class);
			Files.writeString(file, "stale");
			var retry = HubFixture.send(HubFixture.admin(hub.port(), "/deliveries/" + id + "/retry",
					HubFixture.ADMIN_PASSWORD).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
			assertThat(retry.statusCode()).isLessThan(300);

			await().atMost(Duration.ofSeconds(20))
				.until(() -> Files.readString(file, StandardCharsets.UTF_8).equals(expected));
			assertThat(files(inbound)).as("no second file, no temporary file left").containsExactly(
					file.getFileName().toString());
		}
	}

	private static String status(RunningHub hub) {
		return hub.jdbc().queryForObject("select status from delivery", String.class);
	}

	private static List<String> files(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(path -> path.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
