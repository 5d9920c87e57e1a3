package com.orderdispatch.hub.config;

import java.net.URI;
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

	HubConfig validate(ConfigFiles.RetailersFile retailersFile, ConfigFiles.SuppliersFile suppliersFile,
			ConfigFiles.CatalogFile catalogFile) {
		var retailers = new LinkedHashMap<String, RetailerConfig>();
		for (RetailerConfig retailer : orEmpty(retailersFile.retailers())) {
			var check = new EntryCheck(ConfigFiles.RETAILERS, retailer.id());
			check.id(retailer.id(), retailers.keySet());
			check.notBlank("name", retailer.name());
			check.email("notificationEmail", retailer.notificationEmail());
			check.key("apiKey", retailer.apiKey(), true);
			if (retailer.activeWebhook() != null) {
				webhook(check, "webhook", retailer.webhook().url(), retailer.webhook().secrets(),
						retailer.webhook().timeoutSeconds());
			}
			retailers.put(retailer.id(), retailer);
		}
		var suppliers = new LinkedHashMap<String, SupplierConfig>();
		for (SupplierConfig supplier : orEmpty(suppliersFile.suppliers())) {
			validateSupplier(supplier, suppliers.keySet());
			suppliers.put(supplier.id(), supplier);
		}
		var catalog = new LinkedHashMap<String, String>();
		for (ConfigFiles.CatalogEntry entry : orEmpty(catalogFile.catalog())) {
			var check = new EntryCheck(ConfigFiles.CATALOG, entry.sku());
			check.notBlank("sku", entry.sku());
			check.require(!catalog.containsKey(entry.sku()), "sku", "is listed twice");
			check.require(suppliers.containsKey(entry.supplierId()), "supplierId",
					"names no supplier in " + ConfigFiles.SUPPLIERS);
			catalog.put(entry.sku(), entry.supplierId());
		}
		return new HubConfig(Map.copyOf(retailers), Map.copyOf(suppliers), Map.copyOf(catalog));
	}

	private void validateSupplier(SupplierConfig supplier, Set<String> seen) {
		var check = new EntryCheck(ConfigFiles.SUPPLIERS, supplier.id());
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
			webhook(check, "channels.webhook", webhook.url(), webhook.secrets(), webhook.timeoutSeconds());
		}
		if (supplier.inbound() != null && supplier.inbound().active()) {
			var inbound = supplier.inbound();
			check.notBlank("inbound.directory", inbound.directory());
			check.require(!orEmptyText(inbound.directory()).contains(".."), "inbound.directory",
					"must not contain '..'");
			check.require(inbound.pollSeconds() == null || (inbound.pollSeconds() >= 1 && inbound.pollSeconds() <= 3600),
					"inbound.pollSeconds", "must be between 1 and 3600");
			check.require(inbound.settleSeconds() == null
					|| (inbound.settleSeconds() >= 1 && inbound.settleSeconds() <= 600), "inbound.settleSeconds",
					"must be between 1 and 600");
			if (inbound.sftp()) {
				check.require(inbound.port() == null || (inbound.port() > 0 && inbound.port() < 65536),
						"inbound.port", "must be between 1 and 65535");
				check.notBlank("inbound.username", inbound.username());
				check.notDemo("inbound.password", inbound.password());
				check.require(forbiddenKeys.isEmpty() || notBlank(inbound.knownHosts()), "inbound.knownHosts",
						"is required in production: pin the SFTP server's host key");
			}
		}
	}

	private void webhook(EntryCheck check, String prefix, String url, List<String> secrets, Integer timeoutSeconds) {
		check.require(isHttpUrl(url), prefix + ".url", "must be an http or https URL");
		check.require(secrets != null && !secrets.isEmpty(), prefix + ".secrets", "needs at least one whsec_ secret");
		orEmpty(secrets).forEach(secret -> check.require(isWebhookSecret(secret), prefix + ".secrets",
				"each secret must be 'whsec_' followed by base64"));
		orEmpty(secrets).forEach(secret -> check.notDemo(prefix + ".secrets", secret));
		check.require(timeoutSeconds == null || (timeoutSeconds >= 1 && timeoutSeconds <= 120),
				prefix + ".timeoutSeconds", "must be between 1 and 120");
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

	/** Checks of one entry; the first failure is thrown naming file, entry and field. */
	private final class EntryCheck {

		private final String file;

		private final String entry;

		EntryCheck(String file, String entry) {
			this.file = file;
			this.entry = entry;
		}

		void require(boolean condition, String field, String problem) {
			if (!condition) {
				throw new ConfigRejectedException(file, entry, field, problem);
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
