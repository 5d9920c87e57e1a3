package com.orderdispatch.hub.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.Orders;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retailers re-post orders after a timeout, all at once: 32 clients re-posting 50 placed orders get the originals,
 * nobody waits for a pooled connection held by another duplicate, and fresh orders keep going through meanwhile.
 */
@HubTest
class DuplicateStormIntegrationTests {

	static final int CLIENTS = 32;

	static final int PLACED = 50;

	/** The bound: no answer may take longer than this. A timed-out request fails the test. */
	static final Duration NO_WAIT_PAST = Duration.ofSeconds(1);

	@LocalServerPort
	int port;

	@Test
	void thirtyTwoClientsRepostingFiftyPlacedOrdersGetTheOriginalsWithoutWaiting() throws Exception {
		var api = new ApiClient(port);
		var refs = new ArrayList<String>();
		for (int i = 0; i < PLACED; i++) {
			String ref = Orders.uniqueRef();
			assertThat(api.postOrder("demo-shop-key", Orders.multiSupplier(ref)).status()).isEqualTo(201);
			refs.add(ref);
		}
		// One retry of each, one after the other, as a retailer's first timeout would bring.
		for (String ref : refs) {
			assertThat(api.postOrder("demo-shop-key", Orders.multiSupplier(ref)).status()).isEqualTo(200);
		}
		// One client for all, as one retailer's integration would have: connections are pooled, not threads.
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		var failures = new ConcurrentLinkedQueue<String>();
		var start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
		try {
			for (int c = 0; c < CLIENTS; c++) {
				clients.submit(() -> {
					var mine = new ArrayList<>(refs);
					Collections.shuffle(mine);
					await(start);
					for (String ref : mine) {
						expect(http, Orders.multiSupplier(ref), 200, failures);
					}
				});
			}
			// A retailer with new orders during the storm is served too.
			clients.submit(() -> {
				await(start);
				for (int i = 0; i < 20; i++) {
					expect(http, Orders.multiSupplier(Orders.uniqueRef()), 201, failures);
				}
			});
			start.countDown();
			clients.shutdown();
			assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(failures).isEmpty();
	}

	private void expect(HttpClient http, String body, int status, ConcurrentLinkedQueue<String> failures) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders"))
			.timeout(NO_WAIT_PAST)
			.header("Authorization", "Bearer demo-shop-key")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != status) {
				failures.add(response.statusCode() + " " + response.body());
			}
		}
		catch (HttpTimeoutException ex) {
			failures.add("no answer within " + NO_WAIT_PAST + " (expected " + status + ")");
		}
		catch (Exception ex) {
			failures.add(ex.toString());
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}


}
