package com.orderdispatch.hub.config;

/** A retailer allowed to send orders, as configured in {@code config/retailers.yaml}. */
public record RetailerConfig(String id, String name, String notificationEmail, String apiKey) {

	@Override
	public String toString() {
		// Never let the key reach a log line through toString.
		return "RetailerConfig[id=" + id + ", name=" + name + "]";
	}

}
