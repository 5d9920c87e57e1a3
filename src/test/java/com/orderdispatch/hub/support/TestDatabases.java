package com.orderdispatch.hub.support;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** JDBC URLs for the embedded store in tests, with the settings the shipped default uses. */
public final class TestDatabases {

	private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";

	private TestDatabases() {
	}

	/** A real PostgreSQL server started from Maven (no Docker), for the life of the test JVM or until closed. */
	public static EmbeddedPostgres postgres() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("embedded PostgreSQL did not start", ex);
		}
	}

	public static String h2Memory(String name) {
		return "jdbc:h2:mem:" + name + H2_SETTINGS + ";DB_CLOSE_DELAY=-1";
	}

	/** An H2 file store; WRITE_DELAY=0 as in config/application.yaml, so every commit reaches the file. */
	public static String h2File(Path file) {
		return "jdbc:h2:file:" + file.toAbsolutePath() + H2_SETTINGS + ";WRITE_DELAY=0";
	}

}
