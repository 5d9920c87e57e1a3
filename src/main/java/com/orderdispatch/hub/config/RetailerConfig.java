package com.orderdispatch.hub.config;

import java.util.List;

/**
 * A retailer allowed to send orders, as configured in {@code config/retailers.yaml}.
 *
 * @param notices which status emails the retailer gets besides cancellations (those are always sent)
 * @param webhook an optional endpoint told of every status change, signed like supplier webhooks
 */
public record RetailerConfig(String id, String name, String notificationEmail, @Secret String apiKey, Notices notices,
		Webhook webhook) {

	/** Rejections and shipments are emailed unless switched off here; absent means on. */
	public record Notices(Boolean rejections, Boolean shipments) {

		public boolean emailsRejections() {
			return rejections == null || rejections;
		}

		public boolean emailsShipments() {
			return shipments == null || shipments;
		}

	}

	public record Webhook(Boolean enabled, String url, @Secret List<String> secrets, Integer timeoutSeconds) {

		public boolean active() {
			return enabled == null || enabled;
		}

		@Override
		public String toString() {
			return "Webhook[url=" + url + "]";
		}

	}

	public Notices noticesOrDefault() {
		return notices == null ? new Notices(null, null) : notices;
	}

	/** The retailer's webhook when configured and enabled, else null. */
	public Webhook activeWebhook() {
		return webhook != null && webhook.active() ? webhook : null;
	}

	@Override
	public String toString() {
		// Never let the key reach a log line through toString.
		return "RetailerConfig[id=" + id + ", name=" + name + "]";
	}

}
