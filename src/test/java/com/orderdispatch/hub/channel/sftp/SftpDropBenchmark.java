package com.orderdispatch.hub.channel.sftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.SftpTestServer;
import com.orderdispatch.hub.support.TestDatabases;
import org.junit.jupiter.api.Test;

import static com.orderdispatch.hub.channel.sftp.SftpHubs.line;
import static com.orderdispatch.hub.channel.sftp.SftpHubs.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SFTP scenario of the benchmark (bench/sftp.sh), not part of ./mvnw verify (its name is no test's): N orders
 * wait for supplier sftpco's schedule, then one scheduled run drops them all to a local SFTP server (Apache MINA
 * SSHD, in this JVM). Reports files per second between the run's first and last rename, and the SSH sessions the run
 * opened. {@code -Dbench.orders=10000} sets N (default 10000).
 */
class SftpDropBenchmark {

	@Test
	void oneScheduledRunDropsManyDueOrders() throws Exception {
		int orders = Integer.getInteger("bench.orders", 10_000);
		try (var server = SftpTestServer.start()) {
			Path config = SftpHubs.configFor(server, SftpHubs.NEVER_IN_THIS_TEST);
			try (var hub = SftpHubs.start(TestDatabases.h2Memory("sftp-bench"), config,
					Map.of("logging.level.com.orderdispatch", "WARN", "logging.level.org.apache.camel", "WARN"))) {
				long placing = System.nanoTime();
				place(hub.port(), orders);
				double placed = (System.nanoTime() - placing) / 1e9;

				int sessionsBefore = server.sessions();
				long started = System.nanoTime();
				SftpChannelIntegrationTests.editSchedule(config, SftpHubs.EVERY_SECOND);
				await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
					.until(() -> server.renamedTo().size() >= orders && SftpHubs.delivered(hub) == orders);
				double total = (System.nanoTime() - started) / 1e9;
				double span = server.renameSpanNanos() / 1e9;

				String report = String.format(
						"SFTP drop benchmark: %d orders placed in %.1f s; one scheduled run dropped %d files in %.2f s "
								+ "(first to last rename): %.0f files/s over %d SSH session(s); %.1f s from the schedule "
								+ "edit to the last delivery recorded%n",
						orders, placed, server.renamedTo().size(), span, orders / span,
						server.sessions() - sessionsBefore, total);
				System.out.print(report);
				Files.writeString(Path.of("target", "bench-sftp.txt"), report);
				assertThat(server.files("inbound")).hasSize(orders);
			}
		}
	}

	private static void place(int port, int orders) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> statuses = new ArrayList<>(orders);
			for (int i = 0; i < orders; i++) {
				String body = order("BENCH-" + i, "Ada Lovelace", line("A", "GLX-LAMP", "Lamp", 1, "14.99"),
						line("B", "GLX-BULB", "Bulb", 4, "2.50"));
				statuses.add(clients.submit(() -> HubFixture.postOrder(port, body).statusCode()));
			}
			for (var status : statuses) {
				assertThat(status.get()).isEqualTo(201);
			}
		}
		finally {
			clients.shutdown();
		}
	}

}
