package com.orderdispatch.hub.support;

import java.nio.file.Path;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives the {@link HubTest} hub a copy of src/test/resources/hub-config, made once per context: a test that edits
 * the configuration (the admin API's PUT, the console) then writes to the copy, never to the checkout.
 */
class HubTestConfigCopy implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path copy = HubFixture.configCopy(Path.of("src/test/resources/hub-config"));
		TestPropertyValues.of("hub.config.directory=" + copy).applyTo(context);
	}

}
