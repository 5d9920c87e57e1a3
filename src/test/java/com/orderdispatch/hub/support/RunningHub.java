package com.orderdispatch.hub.support;

import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdispatch.hub.HubApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole hub started in the test, for tests that need several at once (or a restart) on one database; a test class
 * with one hub uses {@link HubTest}. Its defaults are {@link TestHubEnvironment}'s, as for every test hub.
 */
public final class RunningHub implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningHub(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static RunningHub start(String datasourceUrl, String configDirectory, Map<String, String> extra) {
		var properties = new LinkedHashMap<String, String>();
		properties.put("server.port", "0");
		properties.put("spring.datasource.url", datasourceUrl);
		properties.put("hub.config.directory", configDirectory);
		// The sandbox binds ports of its own: off unless a test asks for it. Everything else: TestHubEnvironment.
		properties.put("hub.sandbox.enabled", "false");
		properties.putAll(extra);
		// As arguments, because default properties would lose to ./config/application.yaml.
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new RunningHub(new SpringApplicationBuilder(HubApplication.class).run(args));
	}

	public int port() {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public JdbcTemplate jdbc() {
		return context.getBean(JdbcTemplate.class);
	}

	@Override
	public void close() {
		context.close();
	}

}
