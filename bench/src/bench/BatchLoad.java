package bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Posts a fixed number of orders, a few at a time, as fast as the hub takes them; counts the 201s. */
final class BatchLoad {

	record Posted(long created, long failed, long startNanos, long endNanos) {
	}

	private BatchLoad() {
	}

	static Posted post(String url, String orderJson, String key, String prefix, int count, int concurrency)
			throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(2);
		var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build();
		var permits = new Semaphore(concurrency);
		var created = new AtomicLong();
		var failed = new AtomicLong();
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			permits.acquire();
			String body = orderJson.replaceFirst("\"retailerOrderRef\": *\"[^\"]*\"",
					"\"retailerOrderRef\": \"" + prefix + "-" + i + "\"");
			var request = HttpRequest.newBuilder(URI.create(url + "/api/v1/orders"))
				.header("Authorization", "Bearer " + key)
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
				(error == null && response.statusCode() == 201 ? created : failed).incrementAndGet();
				permits.release();
			});
		}
		permits.acquire(concurrency);
		long end = System.nanoTime();
		executor.shutdownNow();
		executor.awaitTermination(5, TimeUnit.SECONDS);
		return new Posted(created.get(), failed.get(), start, end);
	}

}
