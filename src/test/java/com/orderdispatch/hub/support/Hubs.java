package com.orderdispatch.hub.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.orderdispatch.hub.HubApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts whole hubs inside a test, for tests that restart one or change what it starts with. */
public final class Hubs {

	private Hubs() {
	}

	/** An H2 file store in {@code dir}, with the same durability settings as the shipped default. */
	public static String fileDatabase(Path dir) {
		return "jdbc:h2:file:" + dir.resolve("hub").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
	}

	public static ConfigurableApplicationContext start(String databaseUrl, Path configDir, String... more) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + databaseUrl,
				"--hub.config.directory=" + configDir.toAbsolutePath()));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(HubApplication.class).run(args.toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext hub) {
		return ((WebServerApplicationContext) hub).getWebServer().getPort();
	}

}
