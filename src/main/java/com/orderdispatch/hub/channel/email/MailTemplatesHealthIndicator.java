package com.orderdispatch.hub.channel.email;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Shows in /actuator/health whether the newest email template edit was refused, and why. */
@Component("emailTemplatesHealthIndicator")
class MailTemplatesHealthIndicator implements HealthIndicator {

	private final MailTemplates templates;

	MailTemplatesHealthIndicator(MailTemplates templates) {
		this.templates = templates;
	}

	@Override
	public Health health() {
		var rejection = templates.lastRejection();
		// Still UP: mail goes out with the last good templates, but the refused edit is plain to see.
		return Health.up()
			.withDetail("lastEdit", rejection == null ? "applied" : "refused: " + rejection.getMessage())
			.build();
	}

}
