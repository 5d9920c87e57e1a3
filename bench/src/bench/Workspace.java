package bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a bench run shares: the directories under target/bench, the hub's configuration (one retailer and one
 * supplier per channel, pointing at the bench's peers), the order bodies and the secrets, made up per run.
 */
final class Workspace {

	static final String RETAILER = "bench-shop";

	final Path root;

	final Path jar;

	final Path classes;

	final Path work;

	final Path config;

	final String retailerKey = secret();

	final String adminPassword = secret();

	final String webhookSecret = "whsec_" + Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(24));

	final String sftpPassword = secret();

	Workspace(Path root, Path jar, Path classes) throws IOException {
		this.root = root;
		this.jar = jar;
		this.classes = classes;
		this.work = root.resolve("target/bench/work");
		this.config = work.resolve("config");
		deleteTree(work);
		Files.createDirectories(config);
	}

	/** Writes the hub's configuration for these peers. */
	void writeConfig(String webhookUrl, int sftpPort) throws IOException {
		Files.writeString(config.resolve("retailers.yaml"), """
				retailers:
				  - id: %s
				    name: Bench Shop
				    notificationEmail: ops@bench-shop.example
				    apiKey: "${BENCH_RETAILER_KEY}"
				""".formatted(RETAILER));
		Files.writeString(config.resolve("catalog.yaml"), """
				catalog:
				  - { sku: PULL-1, supplierId: bench-pull, description: Pulled item }
				""");
		Files.writeString(config.resolve("suppliers.yaml"), """
				suppliers:
				  - id: bench-pull
				    name: Pull-only supplier
				    contactEmail: it@pull.example
				    apiKey: "${BENCH_SUPPLIER_KEY}"
				  - id: bench-webhook
				    name: Webhook supplier
				    contactEmail: dev@webhook.example
				    channels:
				      webhook:
				        url: "%s"
				        secrets: ["${BENCH_WEBHOOK_SECRET}"]
				        timeoutSeconds: 15
				  - id: bench-email
				    name: Email supplier
				    contactEmail: orders@email.example
				    channels:
				      email:
				        to: [orders@email.example]
				        attachCsv: true
				        notifyNewOrders: false
				%s""".formatted(webhookUrl, SftpScenario.supplierEntry(sftpPort)));
		for (String supplier : new String[] { "bench-pull", "bench-webhook", "bench-email", "bench-sftp" }) {
			Files.writeString(work.resolve("order-" + supplier + ".json"), order(supplier));
		}
	}

	Path orderFile(String supplier) {
		return work.resolve("order-" + supplier + ".json");
	}

	String orderJson(String supplier) throws IOException {
		return Files.readString(orderFile(supplier));
	}

	/** A three-line order for one supplier, like the measurements. */
	private static String order(String supplier) {
		return """
				{
				  "retailerOrderRef": "REF",
				  "placedAt": "2026-11-27T09:30:00Z",
				  "currency": "EUR",
				  "customer": { "name": "Ada Lovelace", "email": "ada@example.com", "phone": "+44 20 7946 0000" },
				  "shipTo": { "name": "Ada Lovelace", "line1": "12 St James's Square", "city": "London",
				              "postalCode": "SW1Y 4JH", "country": "GB" },
				  "lines": [
				    { "lineRef": "1", "sku": "SKU-HAMMER-16", "supplierId": "%1$s", "description": "16oz claw hammer",
				      "quantity": 2, "unitPrice": "14.99" },
				    { "lineRef": "2", "sku": "SKU-NAILS-500", "supplierId": "%1$s", "description": "Nails, 500 pack",
				      "quantity": 1, "unitPrice": "4.50" },
				    { "lineRef": "3", "sku": "SKU-DRILL-18V", "supplierId": "%1$s", "description": "18V drill",
				      "quantity": 1, "unitPrice": "89.00" }
				  ],
				  "notes": "Leave with neighbour at no. 14"
				}
				""".formatted(supplier);
	}

	/** The environment of a hub on this database, talking to these peers. */
	Map<String, String> hubEnvironment(String dbUrl, String dbUser, String dbPassword, int mailPort) {
		var env = new HashMap<String, String>();
		env.put("HUB_DB_URL", dbUrl);
		env.put("HUB_DB_USER", dbUser);
		env.put("HUB_DB_PASSWORD", dbPassword);
		env.put("HUB_CONFIG_DIR", config.toString());
		env.put("HUB_ADMIN_PASSWORD", adminPassword);
		env.put("HUB_MAIL_HOST", "localhost");
		env.put("HUB_MAIL_PORT", Integer.toString(mailPort));
		env.put("HUB_MAIL_STARTTLS", "false");
		env.put("HUB_MAIL_FROM", "hub@bench.example");
		env.put("BENCH_RETAILER_KEY", retailerKey);
		env.put("BENCH_SUPPLIER_KEY", secret());
		env.put("BENCH_WEBHOOK_SECRET", webhookSecret);
		env.put("BENCH_SFTP_PASSWORD", sftpPassword);
		return env;
	}

	/**
	 * The embedded default's JDBC URL, as shipped in config/application.yaml, pointed at a file under the bench's
	 * directory: the bench measures the settings the hub ships with.
	 */
	String shippedH2Url(Path file) throws IOException {
		String yaml = Files.readString(root.resolve("config/application.yaml"));
		Matcher url = Pattern.compile("HUB_DB_URL:(jdbc:h2:file:[^;}]+)([^}]*)}").matcher(yaml);
		if (!url.find()) {
			throw new IllegalStateException("no H2 default URL found in config/application.yaml");
		}
		return "jdbc:h2:file:" + file.toAbsolutePath() + url.group(2);
	}

	static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** 64 random hex characters: what the prod profile asks of keys and passwords. */
	private static String secret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return java.util.HexFormat.of().formatHex(bytes);
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
