package com.orderdispatch.hub.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.orderdispatch.hub.system.ApiProblem;
import org.apache.camel.Exchange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials for the admin API: user {@code admin}, password from {@code hub.admin.password}
 * ({@code HUB_ADMIN_PASSWORD}). Compared in constant time; the header is removed at once. A production hub refuses
 * to start with the demo password.
 */
@Component("adminAuthenticator")
class AdminAuthenticator {

	static final String DEMO_PASSWORD = "demo-admin";

	private static final String USER = "admin";

	private final byte[] expected;

	AdminAuthenticator(@Value("${hub.admin.password}") String password, Environment environment) {
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("hub.admin.password (HUB_ADMIN_PASSWORD) must be set");
		}
		if (environment.acceptsProfiles(Profiles.of("prod")) && DEMO_PASSWORD.equals(password)) {
			throw new IllegalStateException("The demo admin password must not be used in production: set HUB_ADMIN_PASSWORD");
		}
		this.expected = sha256(USER + ":" + password);
	}

	public void check(Exchange exchange) {
		String header = exchange.getMessage().getHeader("Authorization", String.class);
		exchange.getMessage().removeHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			throw ApiProblem.unauthorizedBasic();
		}
		String presented;
		try {
			presented = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.unauthorizedBasic();
		}
		// Digests have equal length whatever was sent, so the comparison time says nothing about the password.
		if (!MessageDigest.isEqual(expected, sha256(presented))) {
			throw ApiProblem.unauthorizedBasic();
		}
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
