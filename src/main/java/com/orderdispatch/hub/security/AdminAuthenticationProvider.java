package com.orderdispatch.hub.security;

import java.util.List;

import com.orderdispatch.hub.system.ApiCaller;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The administrator's HTTP Basic login on the API, checked by {@link AdminPassword}. */
final class AdminAuthenticationProvider implements AuthenticationProvider {

	static final String USER = AdminPassword.USER;

	private final AdminPassword password;

	AdminAuthenticationProvider(String password) {
		this.password = new AdminPassword(password);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (!password.matches(authentication.getName(), authentication.getCredentials())) {
			throw new BadCredentialsException("wrong admin credentials");
		}
		return UsernamePasswordAuthenticationToken.authenticated(new ApiCaller.Admin(USER), null,
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
