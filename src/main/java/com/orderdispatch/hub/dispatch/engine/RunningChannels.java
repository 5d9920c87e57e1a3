package com.orderdispatch.hub.dispatch.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.orderdispatch.hub.dispatch.channel.Channel;
import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.channel.DueTime;
import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.dispatch.Outbox;
import com.orderdispatch.hub.dispatch.Recipient;

import org.springframework.stereotype.Component;

/** The channels this hub runs (every {@link Channel} bean), and what each makes of a supplier's settings. */
@Component
public class RunningChannels {

	private final List<Channel<?>> channels;

	RunningChannels(List<Channel<?>> channels) {
		this.channels = List.copyOf(channels);
	}

	public List<String> names() {
		return channels.stream().map(Channel::name).toList();
	}

	/** A supplier's active settings of a running channel. */
	public Optional<ChannelSettings> settings(SupplierConfig supplier, String channel) {
		return find(channel).flatMap(found -> supplier.channelsOrNone().active(channel, found.settingsType()));
	}

	/** One target per running channel the supplier has switched on, due when the channel says. */
	public List<Outbox.Target> targets(String supplierId, HubConfig config, Instant now) {
		var supplier = config.supplier(supplierId).orElseThrow(
				() -> new IllegalArgumentException("no supplier '" + supplierId + "' is configured"));
		var targets = new ArrayList<Outbox.Target>();
		for (Channel<?> channel : channels) {
			due(channel, supplier).ifPresent(due -> targets
				.add(new Outbox.Target(Recipient.supplier(supplierId), channel.name(), due.after(now))));
		}
		return targets;
	}

	/** When the supplier's deliveries on this channel are due; empty when the supplier does not use it. */
	Optional<DueTime> due(Channel<?> channel, SupplierConfig supplier) {
		return dueOf(channel, supplier);
	}

	/** The route template parameters, or empty when the supplier does not use the channel. */
	Optional<Map<String, Object>> routeParameters(Channel<?> channel, SupplierConfig supplier) {
		return parametersOf(channel, supplier);
	}

	/** The channel's own deadline for the delivery's settings, or null for the engine's. */
	java.time.Duration deadline(Delivery delivery) {
		return find(delivery.channel()).map(channel -> deadlineOf(channel, delivery)).orElse(null);
	}

	private static <S extends ChannelSettings> java.time.Duration deadlineOf(Channel<S> channel,
			Delivery delivery) {
		return channel.settingsType().isInstance(delivery.settings())
				? channel.deadline(channel.settingsType().cast(delivery.settings())) : null;
	}

	List<Channel<?>> all() {
		return channels;
	}

	private Optional<Channel<?>> find(String name) {
		return channels.stream().filter(channel -> channel.name().equals(name)).findFirst();
	}

	private static <S extends ChannelSettings> Optional<DueTime> dueOf(Channel<S> channel, SupplierConfig supplier) {
		return supplier.channelsOrNone().active(channel.name(), channel.settingsType()).map(channel::due);
	}

	private static <S extends ChannelSettings> Optional<Map<String, Object>> parametersOf(Channel<S> channel,
			SupplierConfig supplier) {
		return supplier.channelsOrNone().active(channel.name(), channel.settingsType()).map(channel::routeParameters);
	}

}
