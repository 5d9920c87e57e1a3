package com.orderdispatch.hub.intake;


import com.orderdispatch.hub.support.TestDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The intake contract on a real PostgreSQL server, the production database, started from Maven (no Docker). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hub.config.directory=src/test/resources/hub-config", "hub.routes.reload-enabled=false" })
class IntakePostgresIntegrationTests extends IntakeApiContract {

	static final EmbeddedPostgres POSTGRES = TestDatabases.postgres();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}


}
