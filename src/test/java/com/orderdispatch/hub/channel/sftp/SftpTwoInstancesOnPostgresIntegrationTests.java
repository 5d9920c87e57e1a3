package com.orderdispatch.hub.channel.sftp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.SftpTestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static com.orderdispatch.hub.channel.sftp.SftpHubs.line;
import static com.orderdispatch.hub.channel.sftp.SftpHubs.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two hubs on one PostgreSQL both fire the same schedule; the claim makes each file go up once. */
class SftpTwoInstancesOnPostgresIntegrationTests {

	static final int ORDERS = 40;

	@Test
	void twoHubsFiringTheSameScheduleDropEachFileOnce() throws Exception {
		try (var postgres = EmbeddedPostgres.builder().start(); var server = SftpTestServer.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			Path config = SftpHubs.configFor(server, SftpHubs.NEVER_IN_THIS_TEST);
			// Small claims and a slow server: one hub's run cannot drop everything before the other's fires, so both
			// take their turns at the same due rows.
			server.delayEachWrite(Duration.ofMillis(50));
			var shared = Map.of("spring.datasource.username", "postgres", "hub.sftp.files-per-claim", "3");
			try (var a = SftpHubs.start(url, config, with(shared, "hub.dispatch.instance-id", "engine-a"));
					var b = SftpHubs.start(url, config, with(shared, "hub.dispatch.instance-id", "engine-b"))) {
				for (int i = 0; i < ORDERS; i++) {
					var hub = i % 2 == 0 ? a : b;
					assertThat(HubFixture.postOrder(hub.port(), order("PG-SFTP-" + i, "Ada Lovelace",
							line("A", "GLX-LAMP", "Lamp", 1, "14.99"))).statusCode()).isEqualTo(201);
				}

				SftpChannelIntegrationTests.editSchedule(config, SftpHubs.EVERY_SECOND);

				await().atMost(Duration.ofSeconds(60)).until(() -> SftpHubs.delivered(a) == ORDERS);
				List<String> expected = SftpHubs.supplierOrderNumbers(a).stream().map(number -> number + ".csv")
					.sorted().toList();
				assertThat(server.files("inbound")).isEqualTo(expected);
				Map<String, Long> timesRenamed = server.renamedTo().stream()
					.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
				assertThat(timesRenamed).hasSize(ORDERS);
				assertThat(timesRenamed.values()).as("each file went up once").containsOnly(1L);
				assertThat(a.jdbc().queryForObject("select count(*) from delivery_attempt", Integer.class))
					.isEqualTo(ORDERS);
				assertThat(a.jdbc().queryForList("select distinct claimed_by from delivery_attempt", String.class))
					.as("both hubs took part").containsExactlyInAnyOrder("engine-a", "engine-b");
			}
		}
	}

	private static Map<String, String> with(Map<String, String> shared, String key, String value) {
		var all = new java.util.HashMap<>(shared);
		all.put(key, value);
		return all;
	}

}
