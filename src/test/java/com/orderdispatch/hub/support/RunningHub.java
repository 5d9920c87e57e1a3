package com.orderdispatch.hub.support;

import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdispatch.hub.HubApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A whole hub started in the test, for tests that need several (or a restart) on one database. */
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
		properties.put("hub.admin.password", HubFixture.ADMIN_PASSWORD);
		properties.put("hub.sandbox.enabled", "false");
		properties.put("hub.dispatch.poll-interval", "200");
		properties.put("hub.routes.reload-enabled", "false");
		properties.put("hub.security.failed-logins.limit", "100000");
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
