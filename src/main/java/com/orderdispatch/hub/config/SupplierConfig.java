package com.orderdispatch.hub.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/** A supplier and the channels it takes its orders through, as configured in {@code config/suppliers.yaml}. */
public record SupplierConfig(String id, String name, String contactEmail, boolean autoAccept, @Secret String apiKey,
		Channels channels, InboundFiles inbound) {

	/**
	 * Where a supplier without an API drops its status files: a local directory, or a directory on an SFTP server
	 * when {@code host} is set. Processed files move to {@code processed/} below it.
	 *
	 * @param pollSeconds how often the directory is looked at (default 10)
	 * @param settleSeconds how long a file must stay unchanged before it is read, so a half-uploaded file is never
	 * read (default 2)
	 * @param knownHosts the SFTP server's host key as a known_hosts line; without it any host key is taken (the
	 * production profile refuses that)
	 */
	public record InboundFiles(Boolean enabled, String directory, String host, Integer port, String username,
			@Secret String password, String knownHosts, Integer pollSeconds, Integer settleSeconds) {

		public boolean active() {
			return enabled == null || enabled;
		}

		public boolean sftp() {
			return host != null && !host.isBlank();
		}

		@Override
		public String toString() {
			return "InboundFiles[directory=" + directory + ", host=" + host + ", port=" + port + ", username="
					+ username + "]";
		}

	}

	/**
	 * The supplier's channels by name, in the order configured. Each value is of the type its channel declares
	 * ({@link ChannelSettingsType}); the pull API is always open to a supplier with a key.
	 */
	public record Channels(Map<String, ChannelSettings> byName) {

		public static final Channels NONE = new Channels(Map.of());

		public Channels {
			byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
		}

		/** As read from the file, before each channel's settings type reads its part. */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Channels parsed(Map<String, JsonNode> raw) {
			var unparsed = new LinkedHashMap<String, ChannelSettings>();
			raw.forEach((name, node) -> unparsed.put(name, new Unparsed(node)));
			return new Channels(unparsed);
		}

		/** The names of the channels switched on. */
		public List<String> enabled() {
			var names = new ArrayList<String>(byName.size());
			byName.forEach((name, settings) -> {
				if (settings.active()) {
					names.add(name);
				}
			});
			return names;
		}

		/** The channel's settings when it is configured and switched on. */
		public <S extends ChannelSettings> Optional<S> active(String channel, Class<S> type) {
			return Optional.ofNullable(byName.get(channel)).filter(type::isInstance).map(type::cast)
				.filter(ChannelSettings::active);
		}

	}

	/** A channel's part of the file before validation gives it its type. */
	record Unparsed(JsonNode node) implements ChannelSettings {

		@Override
		public boolean active() {
			return node == null || !node.path("enabled").isBoolean() || node.path("enabled").asBoolean();
		}

		@Override
		public String toString() {
			return "Unparsed";
		}

	}

	public Channels channelsOrNone() {
		return channels == null ? Channels.NONE : channels;
	}

	SupplierConfig withChannels(Channels typed) {
		return new SupplierConfig(id, name, contactEmail, autoAccept, apiKey, typed, inbound);
	}

	@Override
	public String toString() {
		return "SupplierConfig[id=" + id + ", name=" + name + ", channels=" + channels + ", inbound=" + inbound + "]";
	}

}
