package com.orderdispatch.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The defaults of every hub a test starts ({@link HubTest}, {@link RunningHub}). It keeps them off the checkout and
 * off the fixed ports: the sandbox's SMTP and SFTP servers get
 * free ports (and the hub's outgoing mail the sandbox's port), its files a temporary directory, and a hub without a
 * database of its own an in-memory H2 instead of ./data/hub. So `./mvnw verify` leaves ./data untouched and runs
 * beside a development hub on 2525/2222 without taking its mail. These are defaults only: they sit just above
 * config/application.yaml, below every property a test sets itself.
 */
public class TestHubEnvironment implements EnvironmentPostProcessor {

	private static final String NAME = "testHubDefaults";

	/** Set to "off" in the environment of a hub process that must run as shipped (the kill -9 test's). */
	public static final String OPT_OUT = "TEST_HUB_DEFAULTS";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		var sources = environment.getPropertySources();
		if (sources.contains(NAME) || "off".equals(environment.getProperty(OPT_OUT))) {
			return;
		}
		Path sandbox = temporaryDirectory();
		int mailPort = TestSocketUtils.findAvailableTcpPort();
		var defaults = new LinkedHashMap<String, Object>();
		defaults.put("hub.sandbox.mail.port", mailPort);
		defaults.put("hub.mail.port", mailPort);
		defaults.put("hub.sandbox.sftp.port", TestSocketUtils.findAvailableTcpPort());
		defaults.put("hub.sandbox.mail.directory", sandbox.resolve("mail").toString());
		defaults.put("hub.sandbox.sftp.directory", sandbox.resolve("sftp").toString());
		defaults.put("hub.sandbox.directory", sandbox.resolve("webhooks").toString());
		// The demo configuration's status-file folder (config/suppliers.yaml), which is under ./data otherwise.
		defaults.put("UMBRELLA_INBOUND_DIR", sandbox.resolve("inbound/umbrella").toString());
		defaults.put("spring.datasource.url", TestDatabases.h2Memory("hub-" + sandbox.getFileName()));
		// What every test hub wants unless its test says otherwise: the tests' admin password, no failed-login
		// throttle, route files as loaded (edit tests switch the reload on), and claims polled five times a second.
		defaults.put("hub.admin.password", HubFixture.ADMIN_PASSWORD);
		defaults.put("hub.security.failed-logins.limit", "100000");
		defaults.put("hub.routes.reload-enabled", "false");
		defaults.put("hub.dispatch.poll-interval", "200ms");
		var source = new MapPropertySource(NAME, Map.copyOf(defaults));
		String config = sources.stream()
			.map(PropertySource::getName)
			.filter(name -> name.contains("application.yaml") || name.contains("application.yml"))
			.findFirst()
			.orElse(null);
		if (config != null) {
			sources.addBefore(config, source);
		}
		else {
			sources.addLast(source);
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("test-hub-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
