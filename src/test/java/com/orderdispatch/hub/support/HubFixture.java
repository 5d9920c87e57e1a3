package com.orderdispatch.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;

import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.DeliveryEvent;
import com.orderdispatch.hub.dispatch.Recipient;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A hub's configuration directory for tests, orders to post, and a client to post them with. */
public final class HubFixture {

	public static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	public static final String ADMIN_PASSWORD = "test-admin-password";

	private HubFixture() {
	}

	/**
	 * The project's retailers, no catalog, and these suppliers. Only the console's browser test still writes its
	 * suppliers in Java (its URLs must appear literally in the file it edits); every other test reads YAML files
	 * under src/test/resources.
	 */
	public static Path configDirectory(String suppliersYaml) {
		try {
			Path directory = Files.createTempDirectory("hub-config");
			Files.copy(Path.of("config/retailers.yaml"), directory.resolve("retailers.yaml"));
			Files.writeString(directory.resolve("catalog.yaml"), "catalog: []\n");
			Files.writeString(directory.resolve("suppliers.yaml"), suppliersYaml);
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A copy of a test configuration (retailers, suppliers, catalog under src/test/resources) that tests may edit. */
	public static Path configCopy(Path source) {
		try {
			Path directory = Files.createTempDirectory("hub-config");
			for (String file : new String[] { "retailers.yaml", "suppliers.yaml", "catalog.yaml" }) {
				Files.copy(source.resolve(file), directory.resolve(file));
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	/** Replaces text in a file; fails when the text is not there, so an edit that would change nothing cannot pass. */
	public static void edit(Path file, String from, String to) {
		try {
			String text = Files.readString(file);
			if (!text.contains(from)) {
				throw new AssertionError(file + " does not contain '" + from + "': the edit would change nothing");
			}
			Files.writeString(file, text.replace(from, to));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Appends a YAML fragment kept under src/test/resources to a copied configuration file. */
	public static void append(Path file, Path fragment) {
		try {
			Files.writeString(file, Files.readString(file) + "\n" + Files.readString(fragment));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A one-line order for this supplier. */
	public static String order(String ref, String supplierId) {
		return Orders.order(ref).line("1", "SKU-1", supplierId, "Thing", 2, "3.50").json();
	}

	public static HttpResponse<String> postOrder(int port, String json) {
		return postOrder(port, "demo-shop-key", json);
	}

	/** Posts an order as the retailer with this key and answers the HTTP status and body. */
	public static HttpResponse<String> postOrder(int port, String apiKey, String json) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders"))
			.header("Authorization", "Bearer " + apiKey)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public static HttpRequest.Builder admin(int port, String pathAndQuery, String password) {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin" + pathAndQuery));
		if (password != null) {
			builder.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return builder;
	}

	public static HttpResponse<String> send(HttpRequest request) {
		return ApiClient.exchange(request);
	}

	/** The delivery the outbox planned for this retailer order and supplier, as the engine would claim it. */
	public static Delivery delivery(JdbcClient jdbc, String retailerOrderRef, String supplierId, String channel) {
		return delivery(jdbc, retailerOrderRef, supplierId, channel, null);
	}

	/** The same, with the supplier's settings of the channel, as the claim adds them. */
	public static Delivery delivery(JdbcClient jdbc, String retailerOrderRef, String supplierId, String channel,
			ChannelSettings settings) {
		return jdbc.sql("""
				select d.id, d.idempotency_key, e.id, e.event_type, e.subject, e.order_number, e.occurred_at,
				    e.payload
				from delivery d join delivery_event e on e.id = d.event_id
				join supplier_order so on so.id = d.supplier_order_id
				join retailer_order o on o.id = so.order_id
				where o.retailer_order_ref = ? and d.supplier_id = ? and d.channel = ?""")
			.params(retailerOrderRef, supplierId, channel)
			.query((rs, n) -> new Delivery(rs.getLong(1), rs.getString(2), 1, channel, Recipient.supplier(supplierId),
					new DeliveryEvent(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
							rs.getObject(7, java.time.OffsetDateTime.class).toInstant(), rs.getString(8)),
					settings))
			.single();
	}

}
