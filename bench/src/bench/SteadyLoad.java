package bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load: requests start on a fixed schedule whether or not earlier ones have finished, and each latency is
 * counted from the moment the request was due, so a stalled server cannot hide its stall (no coordinated omission).
 */
final class SteadyLoad {

	record Sent(Map<String, Long> dueNanos, Map<String, Long> answeredNanos, long not201) {
	}

	private SteadyLoad() {
	}

	static Sent post(String url, String orderJson, String key, String prefix, int perSecond, int seconds)
			throws Exception {
		var executor = Executors.newFixedThreadPool(4);
		var client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(executor)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		Map<String, Long> due = new ConcurrentHashMap<>();
		Map<String, Long> answered = new ConcurrentHashMap<>();
		AtomicLong not201 = new AtomicLong();
		List<CompletableFuture<?>> pending = new ArrayList<>();
		long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
		int total = perSecond * seconds;
		for (int i = 0; i < total; i++) {
			long at = start + i * interval;
			long wait = at - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			String ref = prefix + "-" + i;
			String body = orderJson.replaceFirst("\"retailerOrderRef\": *\"[^\"]*\"",
					"\"retailerOrderRef\": \"" + ref + "\"");
			due.put(ref, at);
			var request = HttpRequest.newBuilder(URI.create(url + "/api/v1/orders"))
				.header("Authorization", "Bearer " + key)
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
				answered.put(ref, System.nanoTime());
				if (error != null || response.statusCode() != 201) {
					not201.incrementAndGet();
				}
				return null;
			}));
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
		executor.shutdownNow();
		return new Sent(due, answered, not201.get());
	}

	/** The p-th percentile (0-100) of (end - due) in milliseconds; a request with no end counts as never. */
	static double percentileMillis(Map<String, Long> due, Map<String, Long> end, double p) {
		double[] millis = due.entrySet().stream().mapToDouble(e -> {
			Long at = end.get(e.getKey());
			return at == null ? Double.POSITIVE_INFINITY : (at - e.getValue()) / 1e6;
		}).toArray();
		Arrays.sort(millis);
		int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
		return millis[Math.max(0, Math.min(millis.length - 1, index))];
	}

}
