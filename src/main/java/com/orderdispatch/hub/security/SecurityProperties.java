package com.orderdispatch.hub.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may try credentials how often: wrong credentials per client address slow the client down, then refuse it.
 *
 * @param failedLogins the throttle on wrong credentials
 */
@ConfigurationProperties("hub.security")
public record SecurityProperties(@DefaultValue FailedLoginLimits failedLogins) {

	/**
	 * @param limit failures within {@code period} after which the client gets 429 with Retry-After
	 * @param period the window the failures are counted in
	 * @param slowAfter failures after which each attempt waits 100 ms more (at most 1 s)
	 */
	public record FailedLoginLimits(@DefaultValue("10") long limit, @DefaultValue("1m") Duration period,
			@DefaultValue("5") long slowAfter) {
	}

}
