package com.orderdispatch.hub.dispatch.channel;

import java.time.Duration;
import java.util.Map;

import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.config.ChannelSettingsType;

/**
 * The contract of a delivery channel the hub runs. A channel is one package {@code channel/<name>/} with a bean of
 * this type, a route template {@code channel-<name>} in routes/, and its settings type; nothing else changes.
 * <p>
 * The engine makes one route per supplier from the template (route id and {@code direct:} endpoint
 * {@code channel-<name>-<supplierId>}, parameters {@code supplierId} plus {@link #routeParameters}). Each attempt
 * enters that route with a {@link Delivery} as the body; the route must end with a {@link DeliveryOutcome} as the
 * body. An exception out of the route is a failed attempt, retried on the schedule.
 * <p>
 * A channel whose {@link #due} is a schedule is not sent to by the general claimer: it claims its due deliveries
 * itself, as a batch per supplier, with {@link ScheduledDeliveries}.
 */
public interface Channel<S extends ChannelSettings> extends ChannelSettingsType<S> {

	/** The template parameters besides {@code supplierId}, made from the supplier's active settings. */
	Map<String, Object> routeParameters(S settings);

	/**
	 * A total deadline for one send with these settings, when the channel wants one shorter than the engine's
	 * {@code hub.dispatch.send-deadline}; null for the engine's. See {@link SendDeadline}.
	 */
	default Duration deadline(S settings) {
		return null;
	}

	/** When a delivery planned now for a supplier with these settings is due. */
	default DueTime due(S settings) {
		return DueTime.NOW;
	}

}
