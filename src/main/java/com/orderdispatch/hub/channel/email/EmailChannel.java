package com.orderdispatch.hub.channel.email;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.orderdispatch.hub.config.SettingsCheck;
import com.orderdispatch.hub.dispatch.channel.Channel;

import org.springframework.stereotype.Component;

/**
 * The email channel: one {@code channel-email-<supplierId>} route per supplier with an active email channel, sent
 * at once. The route reads the supplier's addresses from the delivery's settings, so it needs no other parameter.
 */
@Component
public class EmailChannel implements Channel<EmailSettings> {

	static final String NAME = "email";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<EmailSettings> settingsType() {
		return EmailSettings.class;
	}

	@Override
	public void validate(EmailSettings email, SettingsCheck check) {
		check.require(email.to() != null && !email.to().isEmpty(), "to", "needs an address");
		orEmpty(email.to()).forEach(address -> check.email("to", address));
		orEmpty(email.notifyTo()).forEach(address -> check.email("notifyTo", address));
		noAddressTwice(email.to(), "to", check);
		noAddressTwice(email.notifyTo(), "notifyTo", check);
		check.require(!Boolean.TRUE.equals(email.notifyNewOrders()) || !orEmpty(email.notifyTo()).isEmpty(),
				"notifyNewOrders", "is true but notifyTo names no address to notify");
		if (email.csv() != null) {
			email.csv().problems().forEach((field, problem) -> check.require(false, "csv." + field, problem));
		}
	}

	@Override
	public Map<String, Object> routeParameters(EmailSettings settings) {
		return Map.of();
	}

	/** Mail servers treat the local part case-insensitively in practice: the same mailbox twice would get two copies. */
	private static void noAddressTwice(List<String> addresses, String field, SettingsCheck check) {
		var seen = new HashSet<String>();
		for (String address : orEmpty(addresses)) {
			if (address != null && !seen.add(address.toLowerCase(Locale.ROOT))) {
				check.require(false, field, "lists '" + address + "' twice (addresses compare ignoring case)");
			}
		}
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
