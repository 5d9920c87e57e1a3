package com.orderdispatch.hub.dispatch.channel;

import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.dispatch.DeliveryEvent;
import com.orderdispatch.hub.dispatch.Recipient;

/**
 * One attempt of one delivery, as the engine hands it to a channel: the frozen event, the recipient's settings for
 * the channel as configured now (a rotated secret applies at once), the idempotency key and the attempt number.
 *
 * @param idempotencyKey made once when the delivery was planned and sent unchanged on every attempt
 * @param attempt 1 for the first attempt
 * @param settings the recipient's settings of this channel, of the channel's own settings type
 */
public record Delivery(long id, String idempotencyKey, int attempt, String channel, Recipient recipient,
		DeliveryEvent event, ChannelSettings settings) {

	public <S extends ChannelSettings> S settings(Class<S> type) {
		return type.cast(settings);
	}

	public String orderNumber() {
		return event.orderNumber();
	}

}
