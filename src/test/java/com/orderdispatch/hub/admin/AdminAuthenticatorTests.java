package com.orderdispatch.hub.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.orderdispatch.hub.system.ApiProblem;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminAuthenticatorTests {

	@Test
	void productionRefusesTheDemoPassword() {
		var production = new MockEnvironment();
		production.setActiveProfiles("prod");
		assertThatThrownBy(() -> new AdminAuthenticator(AdminAuthenticator.DEMO_PASSWORD, production))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageNotContaining(AdminAuthenticator.DEMO_PASSWORD);
		assertThatNoException().isThrownBy(() -> new AdminAuthenticator("a-real-password", production)
			.check(exchange("admin", "a-real-password")));
	}

	@Test
	void acceptsOnlyTheAdminUserWithThePassword() {
		var authenticator = new AdminAuthenticator("s3cret-pass", new MockEnvironment());
		authenticator.check(exchange("admin", "s3cret-pass"));
		for (var wrong : new String[][] { { "admin", "s3cret-pasS" }, { "root", "s3cret-pass" } }) {
			assertThatThrownBy(() -> authenticator.check(exchange(wrong[0], wrong[1])))
				.isInstanceOfSatisfying(ApiProblem.class, problem -> {
					assertThat(problem.status()).isEqualTo(401);
					assertThat(problem.challenge()).startsWith("Basic");
				});
		}
	}

	@Test
	void removesTheCredentialsFromTheExchange() {
		var exchange = exchange("admin", "s3cret-pass");
		new AdminAuthenticator("s3cret-pass", new MockEnvironment()).check(exchange);
		assertThat(exchange.getMessage().getHeader("Authorization")).isNull();
	}

	private static DefaultExchange exchange(String user, String password) {
		var exchange = new DefaultExchange(new DefaultCamelContext());
		exchange.getMessage().setHeader("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		return exchange;
	}

}
