package com.orderdispatch.hub.channel.webhook;

import java.util.Map;
import java.util.Optional;

import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.config.RetailerConfig;
import com.orderdispatch.hub.dispatch.channel.RetailerChannels;

import org.springframework.stereotype.Component;

/**
 * A retailer with a {@code webhook} in retailers.yaml is told of every status change there, signed like supplier
 * webhooks (Standard Webhooks), by the same route template {@code channel-webhook} (route
 * {@code channel-webhook-retailer.<id>}).
 */
@Component
class RetailerWebhookChannel implements RetailerChannels {

	@Override
	public Map<String, Map<String, Object>> routes(RetailerConfig retailer) {
		var webhook = retailer.activeWebhook();
		return webhook == null ? Map.of() : Map.of(WebhookChannel.NAME, Map.of("url", webhook.url()));
	}

	@Override
	public Optional<ChannelSettings> settings(RetailerConfig retailer, String channel) {
		var webhook = retailer.activeWebhook();
		if (webhook == null || !WebhookChannel.NAME.equals(channel)) {
			return Optional.empty();
		}
		return Optional.of(new WebhookSettings(webhook.enabled(), webhook.url(), webhook.secrets(),
				webhook.timeoutSeconds()));
	}

}
