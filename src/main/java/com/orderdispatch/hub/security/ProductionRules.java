package com.orderdispatch.hub.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * What the prod profile refuses to start with: the sandbox (it would serve customers' emails and webhooks) and a
 * weak admin password. API keys get their minimum strength from the configuration's own checks.
 */
@Component
class ProductionRules {

	static final String DEMO_ADMIN_PASSWORD = "demo-admin";

	static final int MIN_ADMIN_PASSWORD_LENGTH = 16;

	private final boolean production;

	ProductionRules(Environment environment, @Value("${hub.sandbox.enabled:false}") boolean sandbox) {
		this.production = environment.acceptsProfiles(Profiles.of("prod"));
		if (production && sandbox) {
			throw new IllegalStateException(
					"HUB_SANDBOX_ENABLED=true is refused in the prod profile: the sandbox would serve customers' "
							+ "emails and webhooks. Unset it.");
		}
	}

	void checkAdminPassword(String password) {
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("hub.admin.password (HUB_ADMIN_PASSWORD) must be set");
		}
		if (!production) {
			return;
		}
		if (DEMO_ADMIN_PASSWORD.equals(password)) {
			throw new IllegalStateException(
					"The demo admin password must not be used in production: set HUB_ADMIN_PASSWORD");
		}
		if (password.length() < MIN_ADMIN_PASSWORD_LENGTH || password.chars().distinct().count() < 8) {
			throw new IllegalStateException("HUB_ADMIN_PASSWORD is too weak for production: use at least "
					+ MIN_ADMIN_PASSWORD_LENGTH + " characters with at least 8 different ones "
					+ "(e.g. openssl rand -base64 24)");
		}
	}

}
