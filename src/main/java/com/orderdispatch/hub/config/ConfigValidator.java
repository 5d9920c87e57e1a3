package com.orderdispatch.hub.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** The rules a configuration must satisfy before the hub will run on it. */
public class ConfigValidator {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s\\r\\n]+@[^@\\s\\r\\n]+\\.[^@\\s\\r\\n]+");

	private static final int MIN_KEY_LENGTH = 8;

	/** Keys the prod profile accepts: at least this long, with at least {@link #MIN_DISTINCT_CHARS} different characters. */
	static final int MIN_PRODUCTION_KEY_LENGTH = 32;

	static final int MIN_DISTINCT_CHARS = 10;

	private final ObjectMapper settingsReader = new ObjectMapper()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private final Set<String> forbiddenKeys;

	private final Map<String, ChannelSettingsType<?>> channelTypes = new TreeMap<>();

	private final boolean production;

	/** Development rules: keys of eight characters will do. */
	public ConfigValidator(Set<String> forbiddenKeys, Collection<? extends ChannelSettingsType<?>> channelTypes) {
		this(forbiddenKeys, channelTypes, false);
	}

	/**
	 * @param forbiddenKeys keys that must not be configured (the demo keys, in production)
	 * @param channelTypes the channels this hub knows
	 * @param production whether API keys must have the production strength
	 */
	public ConfigValidator(Set<String> forbiddenKeys, Collection<? extends ChannelSettingsType<?>> channelTypes,
			boolean production) {
		this.forbiddenKeys = forbiddenKeys;
		this.production = production;
		channelTypes.forEach(type -> this.channelTypes.put(type.name(), type));
	}

	/**
	 * Checks everything and reports every field at fault at once (the console shows each next to its field); the
	 * exception's message names the first.
	 */
	HubConfig validate(ConfigFiles.RetailersFile retailersFile, ConfigFiles.SuppliersFile suppliersFile,
			ConfigFiles.CatalogFile catalogFile) {
		var problems = new ArrayList<ConfigRejectedException.Problem>();
		var retailers = new LinkedHashMap<String, RetailerConfig>();
		// Every key names one caller: a key given twice would resolve to either holder.
		var keys = new HashSet<String>();
		for (RetailerConfig retailer : orEmpty(retailersFile.retailers())) {
			var check = new EntryCheck(problems, ConfigFiles.RETAILERS, retailer.id());
			check.id(retailer.id(), retailers.keySet());
			check.notBlank("name", retailer.name());
			check.email("notificationEmail", retailer.notificationEmail());
			check.key("apiKey", retailer.apiKey(), true);
			check.unique("apiKey", retailer.apiKey(), keys, "is the key of another retailer or supplier");
			if (retailer.activeWebhook() != null) {
				webhook(check, "webhook", retailer.webhook().url(), retailer.webhook().secrets(),
						retailer.webhook().timeoutSeconds());
			}
			retailers.put(retailer.id(), retailer);
		}
		var suppliers = new LinkedHashMap<String, SupplierConfig>();
		for (SupplierConfig supplier : orEmpty(suppliersFile.suppliers())) {
			suppliers.put(supplier.id(), validateSupplier(problems, supplier, suppliers.keySet(), keys));
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

	private SupplierConfig validateSupplier(List<ConfigRejectedException.Problem> problems, SupplierConfig supplier,
			Set<String> seen, Set<String> keys) {
		var check = new EntryCheck(problems, ConfigFiles.SUPPLIERS, supplier.id(), "");
		check.id(supplier.id(), seen);
		check.notBlank("name", supplier.name());
		check.email("contactEmail", supplier.contactEmail());
		check.key("apiKey", supplier.apiKey(), false);
		check.unique("apiKey", supplier.apiKey(), keys, "is the key of another retailer or supplier");
		var typed = new LinkedHashMap<String, ChannelSettings>();
		supplier.channelsOrNone().byName().forEach((name, raw) -> {
			var settings = channel(problems, supplier, name, raw);
			if (settings != null) {
				typed.put(name, settings);
			}
		});
		var channels = new SupplierConfig.Channels(typed);
		check.require(!channels.enabled().isEmpty() || notBlank(supplier.apiKey()), "channels",
				"no channel is enabled and no apiKey is set for the pull API, so orders could never reach it");
		if (supplier.inbound() != null && supplier.inbound().active()) {
			inbound(check, supplier.inbound());
		}
		return supplier.withChannels(channels);
	}

	/** Where a supplier drops status files (README "Inbound status files"). */
	private void inbound(EntryCheck check, SupplierConfig.InboundFiles inbound) {
		check.notBlank("inbound.directory", inbound.directory());
		check.require(inbound.directory() == null || !inbound.directory().contains(".."), "inbound.directory",
				"must not contain '..'");
		check.require(inbound.pollSeconds() == null || (inbound.pollSeconds() >= 1 && inbound.pollSeconds() <= 3600),
				"inbound.pollSeconds", "must be between 1 and 3600");
		check.require(inbound.settleSeconds() == null || (inbound.settleSeconds() >= 1 && inbound.settleSeconds() <= 600),
				"inbound.settleSeconds", "must be between 1 and 600");
		if (inbound.sftp()) {
			check.require(inbound.port() == null || (inbound.port() > 0 && inbound.port() < 65536), "inbound.port",
					"must be between 1 and 65535");
			check.notBlank("inbound.username", inbound.username());
			check.notDemo("inbound.password", inbound.password());
			check.require(!production || notBlank(inbound.knownHosts()), "inbound.knownHosts",
					"is required in production: pin the SFTP server's host key");
		}
	}

	/** A retailer's webhook: the same rules as a supplier's. */
	private void webhook(EntryCheck check, String prefix, String url, List<String> secrets, Integer timeoutSeconds) {
		check.require(isHttpUrl(url), prefix + ".url", "must be an http or https URL");
		check.require(secrets != null && !secrets.isEmpty(), prefix + ".secrets", "needs at least one whsec_ secret");
		orEmpty(secrets).forEach(secret -> check.require(isWebhookSecret(secret), prefix + ".secrets",
				"each secret must be 'whsec_' followed by base64"));
		orEmpty(secrets).forEach(secret -> check.notDemo(prefix + ".secrets", secret));
		// As WebhookChannel: a secret listed twice is a rotation gone wrong; never quote it.
		check.require(orEmpty(secrets).stream().distinct().count() == orEmpty(secrets).size(), prefix + ".secrets",
				"lists the same secret twice");
		check.require(timeoutSeconds == null || (timeoutSeconds >= 1 && timeoutSeconds <= 120),
				prefix + ".timeoutSeconds", "must be between 1 and 120");
	}

	private static boolean isHttpUrl(String url) {
		try {
			var uri = java.net.URI.create(url);
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
			return java.util.Base64.getDecoder().decode(secret.substring(6)).length >= 16;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Reads a channel's settings into the type its channel declares, and lets the channel check them. Returns null
	 * when they cannot even be read (the problem is noted).
	 */
	private ChannelSettings channel(List<ConfigRejectedException.Problem> problems, SupplierConfig supplier,
			String name, ChannelSettings raw) {
		String field = "channels." + name;
		var check = new EntryCheck(problems, ConfigFiles.SUPPLIERS, supplier.id(), field + ".");
		ChannelSettingsType<?> type = channelTypes.get(name);
		if (type == null) {
			check.require(false, "", "is not a channel this hub knows (known: "
					+ String.join(", ", channelTypes.keySet()) + ")");
			return null;
		}
		return read(type, ((SupplierConfig.Unparsed) raw).node(), check);
	}

	private <S extends ChannelSettings> S read(ChannelSettingsType<S> type, JsonNode node, EntryCheck check) {
		S settings;
		try {
			settings = settingsReader.convertValue(node == null || node.isNull() ? settingsReader.createObjectNode()
					: node, type.settingsType());
		}
		catch (IllegalArgumentException ex) {
			if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
				check.require(false, unknown.getPropertyName(),
						"unknown setting '" + unknown.getPropertyName() + "' of this channel");
			}
			else {
				// The original message may quote the offending value (a secret): say only where.
				check.require(false, "", "has the wrong type or shape");
			}
			return null;
		}
		if (settings.active()) {
			type.validate(settings, check);
		}
		return settings;
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

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

	/** Checks of one entry; each failure is noted naming file, entry and field (the first per field only). */
	private final class EntryCheck implements SettingsCheck {

		private final List<ConfigRejectedException.Problem> problems;

		private final String file;

		private final String entry;

		private final String prefix;

		EntryCheck(List<ConfigRejectedException.Problem> problems, String file, String entry) {
			this(problems, file, entry, "");
		}

		EntryCheck(List<ConfigRejectedException.Problem> problems, String file, String entry, String prefix) {
			this.problems = problems;
			this.file = file;
			this.entry = entry;
			this.prefix = prefix;
		}

		@Override
		public void require(boolean condition, String field, String problem) {
			if (!condition) {
				String named = prefix + field;
				String path = named.endsWith(".") ? named.substring(0, named.length() - 1) : named;
				if (problems.stream()
					.noneMatch(p -> p.file().equals(file) && java.util.Objects.equals(p.entry(), entry)
							&& java.util.Objects.equals(p.field(), path))) {
					problems.add(new ConfigRejectedException.Problem(file, entry, path, problem));
				}
			}
		}

		@Override
		public void notBlank(String field, String value) {
			require(ConfigValidator.notBlank(value), field, "must not be blank");
		}

		void id(String id, Set<String> seen) {
			require(id != null && ID.matcher(id).matches(), "id",
					"must be lower-case letters, digits, '-' or '_' (at most 63)");
			require(!seen.contains(id), "id", "is used by another entry");
		}

		@Override
		public void email(String field, String address) {
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
			require(!production || key == null || (key.length() >= MIN_PRODUCTION_KEY_LENGTH
					&& key.chars().distinct().count() >= MIN_DISTINCT_CHARS), field,
					"is too weak for the prod profile: use at least " + MIN_PRODUCTION_KEY_LENGTH
							+ " random characters, e.g. from 'openssl rand -hex 32'");
		}

		/** Refuses a value already in {@code seen}; the message never repeats it (it may be a secret). */
		void unique(String field, String value, Set<String> seen, String problem) {
			if (value != null) {
				require(seen.add(value), field, problem);
			}
		}

		@Override
		public void notDemo(String field, String secret) {
			require(secret == null || !forbiddenKeys.contains(secret), field,
					"is a demo key, which the production profile refuses; set a real one from the environment");
		}

	}

}
