package com.orderdispatch.hub.support;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each hub started in a test JVM its own Camel servlet name. The servlet registers in a JVM-wide registry, so
 * two live applications (a cached test context and a restarted hub, say) would otherwise refuse each other.
 */
public class UniqueServletName implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String name = "CamelServlet-" + UUID.randomUUID();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("uniqueServletName", Map.of("camel.servlet.mapping.servlet-name", name,
					"camel.component.servlet.servlet-name", name)));
	}

}
