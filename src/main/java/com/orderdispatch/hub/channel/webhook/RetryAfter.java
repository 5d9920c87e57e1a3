package com.orderdispatch.hub.channel.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

/** Reads an HTTP Retry-After header: delay seconds or an HTTP date. Capped, so a receiver cannot park us forever. */
@Component
class RetryAfter {

	static final Duration MAX = Duration.ofHours(24);

	private final Clock clock;

	RetryAfter(Clock clock) {
		this.clock = clock;
	}

	/** The delay asked for, or null when the header is absent or unreadable. */
	Duration parse(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.trim();
		Duration delay;
		try {
			delay = Duration.ofSeconds(Long.parseLong(value));
		}
		catch (NumberFormatException notSeconds) {
			try {
				var at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				delay = Duration.between(clock.instant(), at);
			}
			catch (DateTimeParseException notDate) {
				return null;
			}
		}
		if (delay.isNegative()) {
			return Duration.ZERO;
		}
		return delay.compareTo(MAX) > 0 ? MAX : delay;
	}

}
