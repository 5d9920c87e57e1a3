package com.orderdispatch.hub.channel.sftp;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.Orders;
import com.orderdispatch.hub.support.RunningHub;
import com.orderdispatch.hub.support.SftpTestServer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A hub whose supplier {@code sftpco} drops its orders on an {@link SftpTestServer}, and what to ask of both. */
final class SftpHubs {

	static final String SUPPLIER = "sftpco";

	static final String EVERY_SECOND = "0/1 * * * * ?";

	static final String NEVER_IN_THIS_TEST = "0 0 0 1 1 ? 2099";

	private SftpHubs() {
	}

	/** suppliers.yaml with sftpco dropping into {@code inbound/} of the server, pinned to this known-hosts line. */
	static String suppliers(SftpTestServer server, String knownHosts, String schedule) {
		return """
				suppliers:
				  - id: %s
				    name: SFTP Supplier
				    contactEmail: edi@sftpco.example
				    channels:
				      sftp:
				        host: localhost
				        port: %d
				        username: %s
				        password: "%s"
				        knownHosts: "%s"
				        directory: inbound
				        schedule: "%s"
				""".formatted(SUPPLIER, server.port(), SftpTestServer.USER, SftpTestServer.PASSWORD, knownHosts,
				schedule);
	}

	static Path configFor(SftpTestServer server, String schedule) {
		createInbound(server);
		return HubFixture.configDirectory(suppliers(server, server.knownHostsEntry(), schedule));
	}

	static void createInbound(SftpTestServer server) {
		try {
			Files.createDirectories(server.root().resolve("inbound"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static RunningHub start(String datasourceUrl, Path config, Map<String, String> extra) {
		var properties = new java.util.HashMap<String, String>();
		properties.put("hub.config.reload-interval", "200ms");
		properties.put("hub.dispatch.retry-schedule", "0s,1s,1s,1s,1s,1s,1s,1s");
		properties.put("hub.dispatch.jitter", "0");
		properties.putAll(extra);
		return RunningHub.start(datasourceUrl, config.toString(), properties);
	}

	/** An order for the SFTP supplier, shipped to Sweden: names the CSV must carry unharmed. */
	static String order(String ref, String customerName, String... lines) {
		var order = Orders.order(ref)
			.customer(customerName, "ada@example.com", "+44 20 7946 0000")
			.shipTo("Zoë Ångström", "Ångström AB", "Storgatan 1", "Malmö", "211 34", "SE");
		for (String line : lines) {
			order.line(line);
		}
		return order.json();
	}

	static String line(String ref, String sku, String description, int quantity, String unitPrice) {
		return """
				{"lineRef": "%s", "sku": "%s", "supplierId": "%s", "description": "%s", "quantity": %d, "unitPrice": "%s"}"""
			.formatted(ref, sku, SUPPLIER, description, quantity, unitPrice);
	}

	static List<String> statuses(RunningHub hub) {
		return hub.jdbc().queryForList("select status from delivery where supplier_id = ? order by id", String.class,
				SUPPLIER);
	}

	static long delivered(RunningHub hub) {
		return statuses(hub).stream().filter("DELIVERED"::equals).count();
	}

	static List<String> supplierOrderNumbers(RunningHub hub) {
		return hub.jdbc().queryForList(
				"select supplier_order_number from supplier_order where supplier_id = ? order by supplier_order_number",
				String.class, SUPPLIER);
	}

	static List<CSVRecord> rows(SftpTestServer server, String file) {
		try {
			String text = Files.readString(server.root().resolve("inbound").resolve(file), StandardCharsets.UTF_8);
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(text)).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
