package com.orderdispatch.hub.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A configuration directory with one retailer, an empty catalog and one supplier, acme, with the given channel. */
public final class OneSupplierConfig {

	private OneSupplierConfig() {
	}

	/**
	 * @param channel the channel's name and its YAML body (e.g. {@code email}, {@code "to: [a@acme.example]"}); the
	 * body's lines after the first are indented by 8 spaces
	 */
	public static void write(Path directory, String channel, String body) throws IOException {
		Files.writeString(directory.resolve("retailers.yaml"), """
				retailers:
				  - { id: shop, name: Shop, notificationEmail: ops@shop.example, apiKey: shop-key-123 }
				""");
		Files.writeString(directory.resolve("catalog.yaml"), "catalog: []\n");
		Files.writeString(directory.resolve("suppliers.yaml"), """
				suppliers:
				  - id: acme
				    name: ACME
				    contactEmail: orders@acme.example
				    channels:
				      %s:
				        %s
				""".formatted(channel, body));
	}

}
