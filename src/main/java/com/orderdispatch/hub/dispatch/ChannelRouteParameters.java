package com.orderdispatch.hub.dispatch;

import java.util.Map;

import com.orderdispatch.hub.config.SupplierConfig;

/**
 * What a channel contributes to the engine: its name, and the template parameters of a supplier's route. A channel
 * is live once its route template {@code channel-<name>} is loaded from routes/ and a bean of this type exists.
 */
public interface ChannelRouteParameters {

	String channel();

	/** The template parameters besides {@code supplierId}, or null when the supplier does not use this channel. */
	Map<String, Object> parameters(SupplierConfig supplier);

}
