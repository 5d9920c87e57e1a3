package com.orderdispatch.hub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.orderdispatch.hub.dispatch.Delivery;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A hub configuration of the tests' own, and orders placed through the real intake API. */
public final class TestHub {

	private TestHub() {
	}

	/** A copy of config/ (business files and email templates) in a fresh folder, plus any extra YAML. */
	public static Path configCopy() {
		try {
			Path directory = Files.createTempDirectory("hub-config");
			Path templates = Files.createDirectories(directory.resolve("templates"));
			for (String file : new String[] { "retailers.yaml", "suppliers.yaml", "catalog.yaml" }) {
				Files.copy(Path.of("config", file), directory.resolve(file));
			}
			try (var files = Files.list(Path.of("config", "templates"))) {
				for (Path file : files.toList()) {
					Files.copy(file, templates.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void append(Path file, String yaml) {
		try {
			Files.writeString(file, Files.readString(file) + "\n" + yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Posts an order as the retailer with this key and answers the HTTP status and body. */
	public static HttpResponse<String> postOrder(int port, String apiKey, String json) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders"))
			.header("Authorization", "Bearer " + apiKey)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The delivery the outbox planned for this retailer order and supplier, as the engine would claim it. */
	public static Delivery delivery(JdbcClient jdbc, String retailerOrderRef, String supplierId, String channel) {
		return jdbc.sql("""
				select d.id, d.idempotency_key, d.supplier_order_id, d.supplier_id, d.channel, d.event_type
				from delivery d join supplier_order so on so.id = d.supplier_order_id
				join retailer_order o on o.id = so.order_id
				where o.retailer_order_ref = ? and d.supplier_id = ? and d.channel = ?""")
			.params(retailerOrderRef, supplierId, channel)
			.query((rs, n) -> new Delivery(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getString(6), java.time.Instant.now(), 1))
			.single();
	}

}
