package com.orderdispatch.hub.dispatch.channel;

import java.util.Map;
import java.util.Optional;

import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.config.RetailerConfig;

/**
 * The channels a retailer is told through (notices by email, its webhook). The engine makes one route per retailer
 * and channel from the template {@code channel-<channel>}, with route id {@code channel-<channel>-retailer.<id>},
 * and hands each attempt the retailer's settings for it, as it does for suppliers.
 */
public interface RetailerChannels {

	/** The retailer's channels and each one's template parameters besides {@code supplierId}. */
	Map<String, Map<String, Object>> routes(RetailerConfig retailer);

	/** The retailer's settings of this channel as configured now, empty when it no longer uses it. */
	Optional<ChannelSettings> settings(RetailerConfig retailer, String channel);

}
