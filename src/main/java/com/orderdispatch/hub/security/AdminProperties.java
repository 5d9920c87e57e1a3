package com.orderdispatch.hub.security;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator's login (user {@code admin}) for the admin API, actuator and console.
 *
 * @param password HTTP Basic and console password (HUB_ADMIN_PASSWORD); the prod profile refuses the demo's and any
 * under 16 characters
 */
@ConfigurationProperties("hub.admin")
@Validated
public record AdminProperties(@NotBlank String password) {

	@Override
	public String toString() {
		return "AdminProperties[password=(hidden)]";
	}

}
