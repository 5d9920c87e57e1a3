package com.orderdispatch.hub.config;

/**
 * What the configuration needs from a channel: its name in suppliers.yaml, the type its settings are read into, and
 * the rules they must satisfy. A supplier naming a channel no bean of this type claims is a refused configuration.
 * Channels the hub runs implement the dispatch engine's {@code Channel}, which extends this.
 */
public interface ChannelSettingsType<S extends ChannelSettings> {

	String name();

	Class<S> settingsType();

	/** Checks settings that are {@link ChannelSettings#active() active}; field names are relative to the channel. */
	void validate(S settings, SettingsCheck check);

}
