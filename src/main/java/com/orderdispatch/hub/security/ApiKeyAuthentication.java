package com.orderdispatch.hub.security;

import java.util.List;

import com.orderdispatch.hub.system.ApiCaller;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A bearer API key: first as presented (with the audience its path asks for), then as the caller it belongs to. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	enum Audience {

		RETAILER, SUPPLIER

	}

	private final Audience audience;

	private transient String key;

	private final ApiCaller caller;

	private ApiKeyAuthentication(Audience audience, String key, ApiCaller caller) {
		super(caller == null ? List.of() : List.of(new SimpleGrantedAuthority("ROLE_" + audience.name())));
		this.audience = audience;
		this.key = key;
		this.caller = caller;
		setAuthenticated(caller != null);
	}

	static ApiKeyAuthentication presented(Audience audience, String key) {
		return new ApiKeyAuthentication(audience, key, null);
	}

	static ApiKeyAuthentication of(Audience audience, ApiCaller caller) {
		return new ApiKeyAuthentication(audience, null, caller);
	}

	Audience audience() {
		return audience;
	}

	@Override
	public String getCredentials() {
		return key;
	}

	@Override
	public Object getPrincipal() {
		return caller;
	}

	@Override
	public String getName() {
		return caller == null ? "" : caller.id();
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.key = null;
	}

	@Override
	public String toString() {
		// Never the key.
		return "ApiKeyAuthentication[audience=" + audience + ", caller=" + caller + "]";
	}

}
