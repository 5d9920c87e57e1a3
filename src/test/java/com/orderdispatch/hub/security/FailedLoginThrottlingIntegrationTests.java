package com.orderdispatch.hub.security;

import java.util.Map;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.RunningHub;
import com.orderdispatch.hub.support.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing keys or the admin password from one client ends in 429 with Retry-After, for every credential. */
class FailedLoginThrottlingIntegrationTests {

	@Test
	void aClientWithTooManyWrongCredentialsIsRefusedWith429AndRetryAfter() {
		try (var hub = RunningHub.start(TestDatabases.h2Memory("throttle"), "src/test/resources/hub-config",
				Map.of("hub.security.failed-logins.limit", "4", "hub.security.failed-logins.slow-after", "2",
						"hub.security.failed-logins.period", "1h"))) {
			var api = new ApiClient(hub.port());
			assertThat(api.get("/api/v1/orders", "demo-shop-key").status()).isEqualTo(200);

			assertThat(api.get("/api/v1/orders", "guess-1").status()).isEqualTo(401);
			assertThat(api.get("/api/v1/supplier/orders", "guess-2").status()).isEqualTo(401);
			assertThat(api.send(HubFixture.admin(hub.port(), "/deliveries", "guess-3").GET()).status()).isEqualTo(401);
			assertThat(api.get("/api/v1/orders", "guess-4").status()).isEqualTo(401);

			var refused = api.get("/api/v1/orders", "guess-5");
			assertThat(refused.status()).isEqualTo(429);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
			// The right key from the same client waits too: otherwise guessing would just go on.
			assertThat(api.get("/api/v1/orders", "demo-shop-key").status()).isEqualTo(429);
			assertThat(api.send(HubFixture.admin(hub.port(), "/deliveries", HubFixture.ADMIN_PASSWORD).GET())
				.status()).isEqualTo(429);
			// Public paths without credentials stay open.
			assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
		}
	}

}
