package com.orderdispatch.hub.channel.webhook;

import java.util.Map;

import com.orderdispatch.hub.config.ChannelNames;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.dispatch.ChannelRouteParameters;

import org.springframework.stereotype.Component;

/** The parameters of a supplier's {@code channel-webhook} route. Secrets stay out: they are read at send time. */
@Component
class WebhookRouteParameters implements ChannelRouteParameters {

	static final int DEFAULT_TIMEOUT_SECONDS = 15;

	@Override
	public String channel() {
		return ChannelNames.WEBHOOK;
	}

	@Override
	public Map<String, Object> parameters(SupplierConfig supplier) {
		var webhook = supplier.channelsOrNone().webhook();
		if (webhook == null || !webhook.active() || webhook.url() == null) {
			return null;
		}
		int timeout = webhook.timeoutSeconds() == null ? DEFAULT_TIMEOUT_SECONDS : webhook.timeoutSeconds();
		return Map.of("url", webhook.url(), "timeoutSeconds", Integer.toString(timeout));
	}

}
