package com.orderdispatch.hub.dispatch.engine;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dispatch engine claims and retries deliveries.
 *
 * @param instanceId names this hub instance in claims; blank means host name plus a random suffix
 * @param batchSize how many due deliveries one claim takes
 * @param lease how long a claim is held; after that a crashed or stalled instance's deliveries are claimed again
 * @param workers how many deliveries are sent at once
 * @param retrySchedule the delay before each attempt, the first usually 0s; its length is the number of attempts
 * @param jitter the fraction (0.2 = ±20%) each delay is randomly stretched or shrunk, so retries do not stampede
 * @param sendDeadline one total deadline per send (connect, request, response); must be shorter than the lease, so a
 * send never outlives its claim
 */
@ConfigurationProperties("hub.dispatch")
public record DispatchProperties(@DefaultValue("") String instanceId, @DefaultValue("50") int batchSize,
		@DefaultValue("5m") Duration lease, @DefaultValue("10") int workers,
		@DefaultValue({ "0s", "5s", "5m", "30m", "2h", "5h", "10h", "10h" }) List<Duration> retrySchedule,
		@DefaultValue("0.2") double jitter, @DefaultValue("2m") Duration sendDeadline) {

	public DispatchProperties {
		if (sendDeadline.isZero() || sendDeadline.isNegative() || sendDeadline.compareTo(lease) >= 0) {
			throw new IllegalArgumentException("hub.dispatch.send-deadline (" + sendDeadline
					+ ") must be positive and shorter than hub.dispatch.lease (" + lease
					+ "), or a stalled send could outlive its claim and the delivery be sent twice at once");
		}
	}

}
