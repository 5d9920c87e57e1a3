package com.orderdispatch.hub.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Times as the console shows them, always in UTC like the API: {@code ${@times.of(instant)}} in a template. */
@Component("times")
public class ConsoleTimes {

	private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	public String of(Instant at) {
		return at == null ? "" : FULL.format(at);
	}

	public String minutes(Instant at) {
		return at == null ? "" : MINUTES.format(at);
	}

}
