package com.orderdispatch.hub.channel.webhook;

import java.util.List;

import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.config.Secret;

/**
 * A supplier's {@code channels.webhook} settings.
 *
 * @param url where the events are POSTed
 * @param secrets the {@code whsec_} secrets that sign each event; during a rotation every one signs
 * @param timeoutSeconds the total deadline of one send (connect, request, response), 1 to 120; default 15
 */
public record WebhookSettings(Boolean enabled, String url, @Secret List<String> secrets, Integer timeoutSeconds)
		implements ChannelSettings {

	static final int DEFAULT_TIMEOUT_SECONDS = 15;

	@Override
	public boolean active() {
		return enabled == null || enabled;
	}

	int timeoutOrDefault() {
		return timeoutSeconds == null ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
	}

	@Override
	public String toString() {
		return "WebhookSettings[url=" + url + ", timeoutSeconds=" + timeoutSeconds + "]";
	}

}
