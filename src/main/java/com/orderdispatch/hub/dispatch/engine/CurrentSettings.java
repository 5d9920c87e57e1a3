package com.orderdispatch.hub.dispatch.engine;

import java.util.List;
import java.util.Optional;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.channel.RetailerChannels;
import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;

import org.springframework.stereotype.Component;

/** Gives each claimed delivery its recipient's settings as configured now, so a rotated secret applies at once. */
@Component
public class CurrentSettings {

	private final LiveConfig config;

	private final RunningChannels channels;

	private final List<RetailerChannels> retailerChannels;

	CurrentSettings(LiveConfig config, RunningChannels channels, List<RetailerChannels> retailerChannels) {
		this.config = config;
		this.channels = channels;
		this.retailerChannels = retailerChannels;
	}

	public List<Delivery> applied(List<Delivery> claimed) {
		HubConfig current = config.current();
		return claimed.stream()
			.map(d -> new Delivery(d.id(), d.idempotencyKey(), d.attempt(), d.channel(), d.recipient(), d.event(),
					settings(d, current)))
			.toList();
	}

	/** The recipient's settings as configured now; null when it no longer uses the channel (the attempt fails). */
	private ChannelSettings settings(Delivery delivery, HubConfig current) {
		if (delivery.recipient().kind() == com.orderdispatch.hub.dispatch.Recipient.Kind.RETAILER) {
			return current.retailer(delivery.recipient().id())
				.flatMap(retailer -> retailerChannels.stream()
					.map(channel -> channel.settings(retailer, delivery.channel()))
					.flatMap(Optional::stream)
					.findFirst())
				.orElse(null);
		}
		return current.supplier(delivery.recipient().id())
			.flatMap(supplier -> channels.settings(supplier, delivery.channel()))
			.orElse(null);
	}

}
