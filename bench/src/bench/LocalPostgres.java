package bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The local PostgreSQL 15 cluster (Debian's postgresql package; settings as installed, synchronous_commit on). It is
 * started if it was down, and stopped again at the end in that case. Each hub run gets a fresh database.
 */
final class LocalPostgres implements AutoCloseable {

	static final String DATABASE = "hub_bench";

	static final String USER = "hub_bench";

	final String password;

	private final boolean startedHere;

	private LocalPostgres(String password, boolean startedHere) {
		this.password = password;
		this.startedHere = startedHere;
	}

	static boolean installed() {
		try {
			return new ProcessBuilder("pg_lsclusters").start().waitFor() == 0;
		}
		catch (Exception ex) {
			return false;
		}
	}

	static LocalPostgres start(String password) throws Exception {
		boolean down = run("pg_lsclusters", "-h").contains("down");
		if (down) {
			run("pg_ctlcluster", "15", "main", "start");
		}
		var postgres = new LocalPostgres(password, down);
		return postgres;
	}

	String url() {
		return "jdbc:postgresql://localhost:5432/" + DATABASE;
	}

	/** Drops and creates the bench's database and role. */
	void fresh() throws Exception {
		psql("drop database if exists " + DATABASE);
		psql("drop role if exists " + USER);
		psql("create role " + USER + " login password '" + password + "'");
		psql("create database " + DATABASE + " owner " + USER);
	}

	long databaseBytes() throws Exception {
		return Long.parseLong(psql("select pg_database_size('" + DATABASE + "')").trim());
	}

	String setting(String name) throws Exception {
		return psql("show " + name).trim();
	}

	private String psql(String sql) throws Exception {
		return run("runuser", "-u", "postgres", "--", "psql", "-XAtq", "-c", sql);
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
		}
		return out;
	}

	@Override
	public void close() throws Exception {
		psql("drop database if exists " + DATABASE);
		if (startedHere) {
			run("pg_ctlcluster", "15", "main", "stop");
		}
	}

}
