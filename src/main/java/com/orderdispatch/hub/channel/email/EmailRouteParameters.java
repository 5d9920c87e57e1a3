package com.orderdispatch.hub.channel.email;

import java.util.Map;

import com.orderdispatch.hub.config.ChannelNames;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.dispatch.ChannelRouteParameters;

import org.springframework.stereotype.Component;

/**
 * Makes the email channel live for the dispatch engine: one {@code channel-email-<supplierId>} route per supplier with
 * an active email channel. The route reads the supplier's addresses when it sends, so it needs no other parameter.
 */
@Component
class EmailRouteParameters implements ChannelRouteParameters {

	@Override
	public String channel() {
		return ChannelNames.EMAIL;
	}

	@Override
	public Map<String, Object> parameters(SupplierConfig supplier) {
		var email = supplier.channelsOrNone().email();
		return email != null && email.active() ? Map.of() : null;
	}

}
