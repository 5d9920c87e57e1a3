package com.orderdispatch.hub.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks the console login: user {@code admin}, password {@code hub.admin.password} (the admin API's), compared in
 * constant time. The password never leaves this class.
 */
final class ConsoleLogin implements AuthenticationProvider {

	static final String USER = "admin";

	private final byte[] expected;

	ConsoleLogin(String password) {
		this.expected = sha256(USER + ":" + password);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String presented = authentication.getName() + ":" + authentication.getCredentials();
		if (!MessageDigest.isEqual(expected, sha256(presented))) {
			throw new BadCredentialsException("Wrong user name or password");
		}
		return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ConsoleSecurity.ADMIN_ROLE)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
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
