package com.orderdispatch.hub.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.quartz.CronExpression;

/** The rules a configuration must satisfy before the hub will run on it. */
class ConfigValidator {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s\\r\\n]+@[^@\\s\\r\\n]+\\.[^@\\s\\r\\n]+");

	private static final int MIN_KEY_LENGTH = 8;

	private final Set<String> forbiddenKeys;

	/** @param forbiddenKeys keys that must not be configured (the demo keys, in production) */
	ConfigValidator(Set<String> forbiddenKeys) {
		this.forbiddenKeys = forbiddenKeys;
	}

	/**
	 * Checks everything and reports every field at fault at once (the console shows each next to its field); the
	 * exception's message names the first.
	 */
	HubConfig validate(ConfigFiles.RetailersFile retailersFile, ConfigFiles.SuppliersFile suppliersFile,
			ConfigFiles.CatalogFile catalogFile) {
		var problems = new ArrayList<ConfigRejectedException.Problem>();
		var retailers = new LinkedHashMap<String, RetailerConfig>();
		for (RetailerConfig retailer : orEmpty(retailersFile.retailers())) {
			var check = new EntryCheck(problems, ConfigFiles.RETAILERS, retailer.id());
			check.id(retailer.id(), retailers.keySet());
			check.notBlank("name", retailer.name());
			check.email("notificationEmail", retailer.notificationEmail());
			check.key("apiKey", retailer.apiKey(), true);
			retailers.put(retailer.id(), retailer);
		}
		var suppliers = new LinkedHashMap<String, SupplierConfig>();
		for (SupplierConfig supplier : orEmpty(suppliersFile.suppliers())) {
			validateSupplier(problems, supplier, suppliers.keySet());
			suppliers.put(supplier.id(), supplier);
		}
		var catalog = new LinkedHashMap<String, String>();
		for (ConfigFiles.CatalogEntry entry : orEmpty(catalogFile.catalog())) {
			var check = new EntryCheck(problems, ConfigFiles.CATALOG, entry.sku());
			check.notBlank("sku", entry.sku());
			check.require(!catalog.containsKey(entry.sku()), "sku", "is listed twice");
			check.require(suppliers.containsKey(entry.supplierId()), "supplierId",
					"names no supplier in " + ConfigFiles.SUPPLIERS);
			catalog.put(entry.sku(), entry.supplierId());
		}
		if (!problems.isEmpty()) {
			throw new ConfigRejectedException(problems);
		}
		return new HubConfig(Map.copyOf(retailers), Map.copyOf(suppliers), Map.copyOf(catalog));
	}

	private void validateSupplier(List<ConfigRejectedException.Problem> problems, SupplierConfig supplier,
			Set<String> seen) {
		var check = new EntryCheck(problems, ConfigFiles.SUPPLIERS, supplier.id());
		check.id(supplier.id(), seen);
		check.notBlank("name", supplier.name());
		check.email("contactEmail", supplier.contactEmail());
		check.key("apiKey", supplier.apiKey(), false);
		var channels = supplier.channelsOrNone();
		check.require(!channels.enabled().isEmpty() || notBlank(supplier.apiKey()), "channels",
				"no channel is enabled and no apiKey is set for the pull API, so orders could never reach it");
		if (channels.email() != null && channels.email().active()) {
			var email = channels.email();
			check.require(email.to() != null && !email.to().isEmpty(), "channels.email.to", "needs an address");
			orEmpty(email.to()).forEach(address -> check.email("channels.email.to", address));
			orEmpty(email.notifyTo()).forEach(address -> check.email("channels.email.notifyTo", address));
			check.require(!Boolean.TRUE.equals(email.notifyNewOrders()) || !orEmpty(email.notifyTo()).isEmpty(),
					"channels.email.notifyNewOrders", "is true but notifyTo names no address to notify");
		}
		if (channels.sftp() != null && channels.sftp().active()) {
			var sftp = channels.sftp();
			check.notBlank("channels.sftp.host", sftp.host());
			check.require(sftp.port() == null || (sftp.port() > 0 && sftp.port() < 65536), "channels.sftp.port",
					"must be between 1 and 65535");
			check.notBlank("channels.sftp.username", sftp.username());
			check.notDemo("channels.sftp.password", sftp.password());
			check.notBlank("channels.sftp.directory", sftp.directory());
			check.require(!orEmptyText(sftp.directory()).contains(".."), "channels.sftp.directory",
					"must not contain '..'");
			check.require(sftp.schedule() != null && CronExpression.isValidExpression(sftp.schedule()),
					"channels.sftp.schedule", "must be a Quartz cron expression, e.g. '0 0/15 * * * ?'");
		}
		if (channels.webhook() != null && channels.webhook().active()) {
			var webhook = channels.webhook();
			check.require(isHttpUrl(webhook.url()), "channels.webhook.url", "must be an http or https URL");
			check.require(webhook.secrets() != null && !webhook.secrets().isEmpty(), "channels.webhook.secrets",
					"needs at least one whsec_ secret");
			orEmpty(webhook.secrets()).forEach(secret -> check.require(isWebhookSecret(secret),
					"channels.webhook.secrets", "each secret must be 'whsec_' followed by base64"));
			orEmpty(webhook.secrets()).forEach(secret -> check.notDemo("channels.webhook.secrets", secret));
			check.require(webhook.timeoutSeconds() == null
					|| (webhook.timeoutSeconds() >= 1 && webhook.timeoutSeconds() <= 120),
					"channels.webhook.timeoutSeconds", "must be between 1 and 120");
		}
	}

	private static boolean isHttpUrl(String url) {
		try {
			var uri = URI.create(url);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static boolean isWebhookSecret(String secret) {
		if (secret == null || !secret.startsWith("whsec_") || secret.length() < 20) {
			return false;
		}
		try {
			return Base64.getDecoder().decode(secret.substring(6)).length >= 16;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Strict RFC 822 parsing, as the email channel will use it: one bare address, no display name or list. */
	private static boolean isMailbox(String address) {
		try {
			var parsed = new InternetAddress(address, true);
			parsed.validate();
			return !parsed.isGroup() && parsed.getPersonal() == null && address.equals(parsed.getAddress());
		}
		catch (AddressException ex) {
			return false;
		}
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	private static String orEmptyText(String value) {
		return value == null ? "" : value;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

	/** Checks of one entry; each failure is noted naming file, entry and field (the first per field only). */
	private final class EntryCheck {

		private final List<ConfigRejectedException.Problem> problems;

		private final String file;

		private final String entry;

		EntryCheck(List<ConfigRejectedException.Problem> problems, String file, String entry) {
			this.problems = problems;
			this.file = file;
			this.entry = entry;
		}

		void require(boolean condition, String field, String problem) {
			if (!condition && problems.stream()
				.noneMatch(p -> p.file().equals(file) && java.util.Objects.equals(p.entry(), entry)
						&& java.util.Objects.equals(p.field(), field))) {
				problems.add(new ConfigRejectedException.Problem(file, entry, field, problem));
			}
		}

		void notBlank(String field, String value) {
			require(ConfigValidator.notBlank(value), field, "must not be blank");
		}

		void id(String id, Set<String> seen) {
			require(id != null && ID.matcher(id).matches(), "id",
					"must be lower-case letters, digits, '-' or '_' (at most 63)");
			require(!seen.contains(id), "id", "is used by another entry");
		}

		void email(String field, String address) {
			require(address != null && EMAIL.matcher(address).matches() && isMailbox(address), field,
					"must be an email address");
		}

		void key(String field, String key, boolean required) {
			if (!required && key == null) {
				return;
			}
			require(key != null && key.length() >= MIN_KEY_LENGTH, field,
					"must be at least " + MIN_KEY_LENGTH + " characters (set it from an environment variable)");
			notDemo(field, key);
		}

		void notDemo(String field, String secret) {
			require(secret == null || !forbiddenKeys.contains(secret), field,
					"is a demo key, which the production profile refuses; set a real one from the environment");
		}

	}

}
