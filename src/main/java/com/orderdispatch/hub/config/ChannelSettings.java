package com.orderdispatch.hub.config;

/**
 * One channel's settings for one supplier, as {@code channels.<name>} in suppliers.yaml holds them. Each channel owns
 * its settings type (a record in its own package) and the rules it must satisfy: see {@link ChannelSettingsType}.
 */
public interface ChannelSettings {

	/** False when the administrator switched the channel off ({@code enabled: false}). */
	boolean active();

}
