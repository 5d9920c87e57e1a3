package com.orderdispatch.hub.dispatch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.orderdispatch.hub.support.HubFixture;
import com.orderdispatch.hub.support.RunningHub;
import com.orderdispatch.hub.support.WebhookReceiver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two hubs on one PostgreSQL share the outbox: SKIP LOCKED claims hand every delivery to exactly one of them. */
class TwoInstancesOnPostgresIntegrationTests {

	static final int ORDERS = 500;

	@Test
	void twoEnginesDeliverEachOfManyOrdersExactlyOnceBetweenThem() throws Exception {
		try (var postgres = EmbeddedPostgres.builder().start(); var receiver = WebhookReceiver.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			String config = HubFixture.configCopy(Path.of("src/test/resources/dispatch/one-webhook")).toString();
			String receiverUrl = "http://localhost:" + receiver.port();
			try (var a = RunningHub.start(url, config, Map.of("hub.dispatch.instance-id", "engine-a",
					"spring.datasource.username", "postgres", "test.receiver", receiverUrl));
					var b = RunningHub.start(url, config, Map.of("hub.dispatch.instance-id", "engine-b",
							"spring.datasource.username", "postgres", "test.receiver", receiverUrl))) {
				placeOrders(a, b);

				await().atMost(Duration.ofSeconds(45)).until(() -> delivered(a) == ORDERS);
				var ids = receiver.received("shared").stream().map(WebhookReceiver.Received::id).toList();
				Map<String, Long> timesEachIdArrived = ids.stream()
					.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
				assertThat(timesEachIdArrived).hasSize(ORDERS);
				assertThat(timesEachIdArrived.values()).containsOnly(1L);
				assertThat(a.jdbc().queryForList("select distinct claimed_by from delivery_attempt", String.class))
					.containsExactlyInAnyOrder("engine-a", "engine-b");
				assertThat(a.jdbc().queryForObject("select count(*) from delivery_attempt", Integer.class))
					.isEqualTo(ORDERS);
			}
		}
	}

	/** Half the orders go to each hub, four at a time, so both engines are woken by commits and both poll. */
	private static void placeOrders(RunningHub a, RunningHub b) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> statuses = IntStream.range(0, ORDERS)
				.mapToObj(i -> clients.submit(() -> HubFixture
					.postOrder((i % 2 == 0 ? a : b).port(), HubFixture.order("PG-" + i, "shared"))
					.statusCode()))
				.toList();
			for (var status : statuses) {
				assertThat(status.get()).isEqualTo(201);
			}
		}
		finally {
			clients.shutdown();
		}
	}

	private static int delivered(RunningHub hub) {
		return hub.jdbc().queryForObject("select count(*) from delivery where status = 'DELIVERED'", Integer.class);
	}

}
