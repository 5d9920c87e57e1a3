package com.orderdispatch.hub.security;

import java.util.Optional;

import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.system.ApiCaller;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Finds the retailer or supplier a bearer key belongs to in the configuration in force. HubConfig compares every
 * configured key in constant time, and the configuration refuses a key used twice, so one key means one caller.
 */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

	private final LiveConfig config;

	ApiKeyAuthenticationProvider(LiveConfig config) {
		this.config = config;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		var presented = (ApiKeyAuthentication) authentication;
		String key = presented.getCredentials();
		var current = config.current();
		Optional<? extends ApiCaller> caller = switch (presented.audience()) {
			case RETAILER -> current.retailerByKey(key).map(r -> new ApiCaller.Retailer(r.id()));
			case SUPPLIER -> current.supplierByKey(key).map(s -> new ApiCaller.Supplier(s.id()));
		};
		return caller.map(found -> ApiKeyAuthentication.of(presented.audience(), found))
			.orElseThrow(() -> new BadCredentialsException("unknown API key"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiKeyAuthentication.class.isAssignableFrom(authentication);
	}

}
