package com.orderdispatch.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import com.orderdispatch.hub.system.ApiCaller;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The administrator's HTTP Basic login: user {@code admin}, password {@code hub.admin.password}. User and password are
 * compared together as SHA-256 digests of equal length, in constant time, so timing says nothing about either.
 */
final class AdminAuthenticationProvider implements AuthenticationProvider {

	static final String USER = "admin";

	private final byte[] expected;

	AdminAuthenticationProvider(String password) {
		this.expected = sha256(USER + ":" + password);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String presented = authentication.getName() + ":" + authentication.getCredentials();
		if (!MessageDigest.isEqual(expected, sha256(presented))) {
			throw new BadCredentialsException("wrong admin credentials");
		}
		return UsernamePasswordAuthenticationToken.authenticated(new ApiCaller.Admin(USER), null,
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
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
