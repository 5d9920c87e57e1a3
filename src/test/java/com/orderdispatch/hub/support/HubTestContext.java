package com.orderdispatch.hub.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * What {@link HubTest}'s attributes make of a test's hub: the configuration copy, the database and the sandbox
 * switch, as properties just below the test's own. Registered in META-INF/spring.factories.
 */
public class HubTestContext implements ContextCustomizerFactory {

	private static final Object POSTGRES_LOCK = new Object();

	private static EmbeddedPostgres postgres;

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		HubTest hub = TestContextAnnotationUtils.findMergedAnnotation(testClass, HubTest.class);
		return hub == null ? null : new Hub(hub.config(), hub.database(), hub.sandbox());
	}

	/** Equal attributes, one hub: the record's equality is what Spring's context cache compares. */
	record Hub(String config, HubTest.Database database, boolean sandbox) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			var properties = new java.util.LinkedHashMap<String, Object>();
			properties.put("hub.config.directory", HubFixture.configCopy(Path.of(config)).toString());
			properties.put("hub.sandbox.enabled", Boolean.toString(sandbox));
			String name = "hub_" + UUID.randomUUID().toString().replace("-", "");
			if (database == HubTest.Database.POSTGRES) {
				var server = postgres();
				new JdbcTemplate(server.getPostgresDatabase()).execute("create database " + name);
				properties.put("spring.datasource.url", server.getJdbcUrl("postgres", name));
				properties.put("spring.datasource.username", "postgres");
				properties.put("spring.datasource.password", "");
			}
			else {
				properties.put("spring.datasource.url", TestDatabases.h2Memory(name));
			}
			var sources = context.getEnvironment().getPropertySources();
			var source = new MapPropertySource("hubTest", Map.copyOf(properties));
			String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
			if (sources.contains(inlined)) {
				sources.addAfter(inlined, source);
			}
			else {
				sources.addFirst(source);
			}
		}

	}

	/** One PostgreSQL server for the test JVM; each hub on it gets a database of its own. */
	private static EmbeddedPostgres postgres() {
		synchronized (POSTGRES_LOCK) {
			if (postgres == null) {
				postgres = TestDatabases.postgres();
			}
			return postgres;
		}
	}

}
