package com.orderdispatch.hub.dispatch.engine;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.Recipient;

/**
 * One channel route: a channel and the recipient it sends to. Its route id and {@code direct:} endpoint are
 * {@code channel-<channel>-<recipient>}, where a retailer's part reads {@code retailer.<id>} (ids cannot hold a
 * dot, so a supplier and a retailer never share a route).
 */
public record RouteKey(String channel, Recipient recipient) {

	public static RouteKey of(Delivery delivery) {
		return new RouteKey(delivery.channel(), delivery.recipient());
	}

	public String routeId() {
		return "channel-" + channel + "-" + recipient.routeKey();
	}

	public String template() {
		return "channel-" + channel;
	}

	/** The key the claim query matches against {@link DueDeliveries#ROUTED}. */
	public String claimKey() {
		return channel + ":" + recipient.routeKey();
	}

}
