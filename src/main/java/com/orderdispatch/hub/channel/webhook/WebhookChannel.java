package com.orderdispatch.hub.channel.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.config.SettingsCheck;
import com.orderdispatch.hub.dispatch.channel.Channel;

import org.springframework.stereotype.Component;

/**
 * The webhook channel: one {@code channel-webhook-<supplierId>} route per supplier with an active webhook, sent at
 * once. The route POSTs the event's stored payload with camel-http; secrets stay out of the route parameters and
 * are read from the delivery's settings at send time. The supplier's timeout is the send's total deadline.
 */
@Component
public class WebhookChannel implements Channel<WebhookSettings> {

	static final String NAME = "webhook";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<WebhookSettings> settingsType() {
		return WebhookSettings.class;
	}

	@Override
	public void validate(WebhookSettings webhook, SettingsCheck check) {
		check.require(isHttpUrl(webhook.url()), "url", "must be an http or https URL");
		check.require(webhook.secrets() != null && !webhook.secrets().isEmpty(), "secrets",
				"needs at least one whsec_ secret");
		orEmpty(webhook.secrets()).forEach(secret -> check.require(isWebhookSecret(secret), "secrets",
				"each secret must be 'whsec_' followed by base64"));
		orEmpty(webhook.secrets()).forEach(secret -> check.notDemo("secrets", secret));
		// A secret listed twice is a rotation gone wrong (the new one pasted over the old); never quote it.
		check.require(orEmpty(webhook.secrets()).stream().distinct().count() == orEmpty(webhook.secrets()).size(),
				"secrets", "lists the same secret twice");
		check.require(webhook.timeoutSeconds() == null
				|| (webhook.timeoutSeconds() >= 1 && webhook.timeoutSeconds() <= 120), "timeoutSeconds",
				"must be between 1 and 120");
	}

	@Override
	public Map<String, Object> routeParameters(WebhookSettings settings) {
		return Map.of("url", settings.url());
	}

	@Override
	public Duration deadline(WebhookSettings settings) {
		return Duration.ofSeconds(settings.timeoutOrDefault());
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

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
