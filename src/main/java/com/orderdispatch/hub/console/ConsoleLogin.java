package com.orderdispatch.hub.console;

import java.util.List;

import com.orderdispatch.hub.security.AdminPassword;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Checks the console's form login against the admin API's credentials ({@link AdminPassword}). */
final class ConsoleLogin implements AuthenticationProvider {

	private final AdminPassword password;

	ConsoleLogin(String password) {
		this.password = new AdminPassword(password);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (!password.matches(authentication.getName(), authentication.getCredentials())) {
			throw new BadCredentialsException("Wrong user name or password");
		}
		return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ConsoleSecurity.ADMIN_ROLE)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
