package com.orderdispatch.hub.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionRulesTests {

	@Test
	void theProdProfileRefusesTheSandbox() {
		assertThatThrownBy(() -> new ProductionRules(production(), true)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("HUB_SANDBOX_ENABLED");
		assertThatCode(() -> new ProductionRules(new MockEnvironment(), true)).doesNotThrowAnyException();
	}

	@Test
	void theProdProfileRefusesTheDemoOrAWeakAdminPasswordWithoutPrintingIt() {
		var rules = new ProductionRules(production(), false);

		assertThatThrownBy(() -> rules.checkAdminPassword("demo-admin")).hasMessageNotContaining("demo-admin");
		assertThatThrownBy(() -> rules.checkAdminPassword("short-Pass1")).hasMessageContaining("too weak")
			.hasMessageNotContaining("short-Pass1");
		assertThatThrownBy(() -> rules.checkAdminPassword("aaaaaaaaaaaaaaaaaaaaaaaa")).hasMessageContaining("too weak");
		assertThatCode(() -> rules.checkAdminPassword("kT9w-Qz2r!xV7mLp3sB")).doesNotThrowAnyException();
	}

	@Test
	void outsideProductionAnyPasswordButABlankOneWillDo() {
		var rules = new ProductionRules(new MockEnvironment(), true);

		assertThatCode(() -> rules.checkAdminPassword("demo-admin")).doesNotThrowAnyException();
		assertThatThrownBy(() -> rules.checkAdminPassword(" ")).isInstanceOf(IllegalStateException.class);
	}

	private static MockEnvironment production() {
		var environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		return environment;
	}

}
