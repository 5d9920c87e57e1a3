package com.orderdispatch.hub.admin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderdispatch.hub.config.ConfigEditor;
import com.orderdispatch.hub.config.SecretFields;
import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.HubTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every secret field the settings types declare holds a known value, written in clear or as a placeholder's
 * default, in a started hub; no admin API answer, console page or audit entry may then show any of them.
 */
@HubTest
class SecretsNeverShownIntegrationTests {

	private static final String PRIVATE_KEY = Base64.getEncoder()
		.encodeToString("-----BEGIN OPENSSH PRIVATE KEY-----\nclear-private-key-7f3a\n-----END OPENSSH PRIVATE KEY-----\n"
			.getBytes(StandardCharsets.US_ASCII));

	private static final String NEW_RETAILER_SECRET = webhookSecret("clear-rotated-retailer-secret-7f3a");

	static java.nio.file.Path configDirectory;

	@DynamicPropertySource
	static void hub(DynamicPropertyRegistry registry) throws IOException {
		var config = HubFixture.configDirectory("""
				suppliers:
				  - id: vault-password
				    name: Supplier with a password and webhooks
				    contactEmail: edi@vault-password.example
				    apiKey: clear-supplier-api-key-7f3a
				    channels:
				      sftp:
				        enabled: false
				        host: sftp.vault.example
				        username: hub
				        password: clear-sftp-password-7f3a
				        knownHosts: "sftp.vault.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIClearHostKeyIsPublic"
				        directory: orders
				        schedule: now
				      webhook:
				        url: http://localhost:9/hooks
				        secrets: ["%s", "${VAULT_WEBHOOK_SECRET:%s}"]
				    inbound:
				      enabled: false
				      host: sftp.vault.example
				      username: hub
				      password: clear-inbound-password-7f3a
				      directory: status
				  - id: vault-key
				    name: Supplier with a private key
				    contactEmail: edi@vault-key.example
				    apiKey: "${VAULT_KEY_API_KEY:clear-second-api-key-7f3a}"
				    channels:
				      sftp:
				        enabled: false
				        host: sftp.vault.example
				        username: hub
				        privateKey: "%s"
				        privateKeyPassphrase: clear-key-passphrase-7f3a
				        knownHosts: "sftp.vault.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIClearHostKeyIsPublic"
				        directory: orders
				        schedule: now
				""".formatted(webhookSecret("clear-supplier-webhook-one-7f3a"),
				webhookSecret("clear-supplier-webhook-two-7f3a"), PRIVATE_KEY));
		Files.writeString(config.resolve("retailers.yaml"), """
				retailers:
				  - id: vault-shop
				    name: Retailer with a webhook
				    notificationEmail: ops@vault-shop.example
				    apiKey: "${VAULT_SHOP_API_KEY:clear-retailer-api-key-7f3a}"
				    webhook:
				      url: http://localhost:9/retailer-hooks
				      secrets: ["%s"]
				""".formatted(webhookSecret("clear-retailer-webhook-7f3a")));
		configDirectory = config;
		// Written for this test, with a value in every secret field: its own configuration, not @HubTest's copy.
		registry.add("hub.config.directory", config::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	SecretFields secretFields;

	@Autowired
	ConfigEditor editor;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noAdminAnswerConsolePageOrAuditEntryShowsAnyConfiguredSecret() throws Exception {
		Set<String> secrets = everyConfiguredSecret();
		secrets.add(NEW_RETAILER_SECRET);

		// An edit through the API that writes a new secret in clear, so the audit log has a diff holding secrets.
		var edit = HubFixture.send(HubFixture.admin(port, "/retailers/vault-shop", HubFixture.ADMIN_PASSWORD)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("""
					{"name": "Retailer with a rotated webhook", "notificationEmail": "ops@vault-shop.example",
					 "apiKey": "${VAULT_SHOP_API_KEY}",
					 "webhook": {"url": "http://localhost:9/retailer-hooks", "secrets": ["%s"]}}"""
				.formatted(NEW_RETAILER_SECRET)))
			.build());
		assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
		assertThat(Files.readString(configDirectory.resolve("retailers.yaml"))).as("the edit was written")
			.contains(NEW_RETAILER_SECRET);

		var answers = new ArrayList<String>();
		answers.add(edit.body());
		for (String path : List.of("/suppliers/vault-password", "/suppliers/vault-key", "/retailers/vault-shop",
				"/deliveries")) {
			var answer = HubFixture.send(HubFixture.admin(port, path, HubFixture.ADMIN_PASSWORD).GET().build());
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			answers.add(path + "\n" + answer.body());
		}
		var console = new Console();
		for (String path : List.of("/console", "/console/suppliers", "/console/retailers",
				"/console/suppliers/vault-password", "/console/suppliers/vault-key", "/console/retailers/vault-shop",
				"/console/audit", "/console/catalog", "/console/routes")) {
			var page = console.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			answers.add(path + "\n" + page.body());
		}
		answers.add("audit_entry\n" + String.join("\n", jdbc.sql("select * from audit_entry")
			.query((rs, row) -> {
				var cells = new ArrayList<String>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					cells.add(String.valueOf(rs.getObject(i)));
				}
				return String.join(" | ", cells);
			})
			.list()));

		assertThat(answers.get(answers.size() - 1)).as("the edit was audited").contains("vault-shop");
		for (String answer : answers) {
			for (String secret : secrets) {
				assertThat(answer).as(answer.lines().findFirst().orElse("")).doesNotContain(secret);
			}
		}
	}

	/**
	 * Walks every secret field the settings types declare and takes its value from each configured entry, so a
	 * newly marked field without a value in this test's configuration fails here rather than going unchecked.
	 */
	private Set<String> everyConfiguredSecret() {
		var values = new LinkedHashSet<String>();
		for (var kind : List.of(ConfigEditor.Kind.SUPPLIERS, ConfigEditor.Kind.RETAILERS)) {
			for (String path : secretFields.paths(kind)) {
				var found = new ArrayList<String>();
				for (Map<String, Object> entry : editor.entries(kind)) {
					Object raw = SecretFields.get(entry, path);
					for (Object item : raw instanceof List<?> list ? list : raw == null ? List.of() : List.of(raw)) {
						found.add(secretIn(String.valueOf(item)));
					}
				}
				assertThat(found).as("a value configured for %s %s", kind, path).isNotEmpty();
				values.addAll(found);
			}
		}
		return values;
	}

	/** A placeholder's default, which is the secret when the variable is not set; else the text itself. */
	private static String secretIn(String text) {
		Matcher placeholder = Pattern.compile("\\$\\{[A-Za-z0-9_.\\-]+:([^}]*)}").matcher(text);
		return placeholder.matches() ? placeholder.group(1) : text;
	}

	private static String webhookSecret(String seed) {
		return "whsec_" + Base64.getEncoder().encodeToString(seed.getBytes(StandardCharsets.UTF_8));
	}

	/** The console in a session of its own: logged in through its form, with its CSRF token. */
	private final class Console {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		Console() throws Exception {
			String login = get("/console/login").body();
			Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
			assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
			String form = "username=admin&password=" + URLEncoder.encode(HubFixture.ADMIN_PASSWORD, StandardCharsets.UTF_8)
					+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
			var loggedIn = client.send(HttpRequest.newBuilder(uri("/console/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(loggedIn.uri().getPath()).as("logged in").isEqualTo("/console");
		}

		HttpResponse<String> get(String path) throws Exception {
			return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

	}

}
