package com.orderdispatch.hub.audit;

import java.time.Clock;
import java.util.List;

import com.orderdispatch.hub.system.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log: every change made in the console or through the admin API, and every edit of the configuration
 * made outside the hub, with time, who, what and a diff. Entries are only ever added.
 */
@Component
public class AuditLog {

	/** The actor of an edit made to a file directly, outside the console and the API. */
	public static final String FILE = "file";

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private static final int MAX_DIFF = 100_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(String actor, String action, String target, String diff) {
		String kept = diff != null && diff.length() > MAX_DIFF ? diff.substring(0, MAX_DIFF) + "\n[cut]" : diff;
		jdbc.sql("insert into audit_entry (at, actor, action, target, diff) values (?, ?, ?, ?, ?)")
			.params(SqlTime.at(clock.instant()), shorten(actor, 100), shorten(action, 300), shorten(target, 200), kept)
			.update();
		log.info("Audit: {} {} ({})", actor, action, target);
	}

	/** Newest first. */
	public List<AuditEntry> list(int page, int size) {
		return jdbc.sql("select id, at, actor, action, target, diff from audit_entry order by id desc limit ? offset ?")
			.params(size, (long) page * size)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), SqlTime.instant(rs, "at"), rs.getString("actor"),
					rs.getString("action"), rs.getString("target"), rs.getString("diff")))
			.list();
	}

	public long count() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

	private static String shorten(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
