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

	static final int MIN_KEY_LENGTH = 8;

	/** Keys the prod profile accepts: at least this long, with at least {@link #MIN_DISTINCT_CHARS} different characters. */
	static final int MIN_PRODUCTION_KEY_LENGTH = 32;

	static final int MIN_DISTINCT_CHARS = 10;

	private final Set<String> forbiddenKeys;

	private final boolean production;

	/** Development rules: short keys are fine. */
	ConfigValidator(Set<String> forbiddenKeys) {
		this(forbiddenKeys, false);
	}

	/**
	 * @param forbiddenKeys keys that must not be configured (the demo keys, in production)
	 * @param production whether API keys must meet the production strength
	 */
	ConfigValidator(Set<String> forbiddenKeys, boolean production) {
		this.forbiddenKeys = forbiddenKeys;
		this.production = production;
	}

	HubConfig validate(ConfigFiles.RetailersFile retailersFile, ConfigFiles.SuppliersFile suppliersFile,
			ConfigFiles.CatalogFile catalogFile) {
		var retailers = new LinkedHashMap<String, RetailerConfig>();
		// Every key names one caller: a key given twice would resolve to either holder.
		var keys = new java.util.HashSet<String>();
		for (RetailerConfig retailer : orEmpty(retailersFile.retailers())) {
			var check = new EntryCheck(ConfigFiles.RETAILERS, retailer.id());
			check.id(retailer.id(), retailers.keySet());
			check.notBlank("name", retailer.name());
			check.email("notificationEmail", retailer.notificationEmail());
			check.key("apiKey", retailer.apiKey(), true);
			check.unique("apiKey", retailer.apiKey(), keys, "is the key of another retailer or supplier");
			retailers.put(retailer.id(), retailer);
		}
		var suppliers = new LinkedHashMap<String, SupplierConfig>();
		for (SupplierConfig supplier : orEmpty(suppliersFile.suppliers())) {
			validateSupplier(supplier, suppliers.keySet(), keys);
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

	private void validateSupplier(SupplierConfig supplier, Set<String> seen, Set<String> keys) {
		var check = new EntryCheck(ConfigFiles.SUPPLIERS, supplier.id());
		check.id(supplier.id(), seen);
		check.notBlank("name", supplier.name());
		check.email("contactEmail", supplier.contactEmail());
		check.key("apiKey", supplier.apiKey(), false);
		check.unique("apiKey", supplier.apiKey(), keys, "is the key of another retailer or supplier");
		var channels = supplier.channelsOrNone();
		check.require(!channels.enabled().isEmpty() || notBlank(supplier.apiKey()), "channels",
				"no channel is enabled and no apiKey is set for the pull API, so orders could never reach it");
		if (channels.email() != null && channels.email().active()) {
			var email = channels.email();
			check.require(email.to() != null && !email.to().isEmpty(), "channels.email.to", "needs an address");
			orEmpty(email.to()).forEach(address -> check.email("channels.email.to", address));
			orEmpty(email.notifyTo()).forEach(address -> check.email("channels.email.notifyTo", address));
			// The same address twice would get every email twice.
			var to = new java.util.HashSet<String>();
			orEmpty(email.to()).forEach(address -> check.unique("channels.email.to", lower(address), to,
					"lists the same address twice"));
			var notify = new java.util.HashSet<String>();
			orEmpty(email.notifyTo()).forEach(address -> check.unique("channels.email.notifyTo", lower(address),
					notify, "lists the same address twice"));
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
			var secrets = new java.util.HashSet<String>();
			orEmpty(webhook.secrets()).forEach(secret -> check.unique("channels.webhook.secrets", secret, secrets,
					"lists the same secret twice"));
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

	private static String lower(String value) {
		return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
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

		/** Refuses a value already in {@code seen} (the message never repeats it: it may be a secret). */
		void unique(String field, String value, Set<String> seen, String problem) {
			if (value != null) {
				require(seen.add(value), field, problem);
			}
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
			require(!production || (key.length() >= MIN_PRODUCTION_KEY_LENGTH
					&& key.chars().distinct().count() >= MIN_DISTINCT_CHARS), field,
					"is too weak for the prod profile: use at least " + MIN_PRODUCTION_KEY_LENGTH
							+ " random characters, e.g. from 'openssl rand -hex 32'");
		}

		void notDemo(String field, String secret) {
			require(secret == null || !forbiddenKeys.contains(secret), field,
					"is a demo key, which the production profile refuses; set a real one from the environment");
		}

	}

}
