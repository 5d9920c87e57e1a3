package bench;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * The suppliers' webhook endpoint: a plain HTTP server that answers 200 to every POST and notes when each order's
 * event arrived (by its retailerOrderRef), for end-to-end rates and latencies. It does not verify signatures: the
 * tests do that; here it must cost as little as possible.
 */
final class WebhookReceiver implements AutoCloseable {

	private static final Pattern REF = Pattern.compile("\"retailerOrderRef\":\"([^\"]+)\"");

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(16);

	private final AtomicLong received = new AtomicLong();

	private volatile long lastArrivalNanos;

	/** Arrival times of the refs being tracked (the steady-rate scenario), by retailerOrderRef. */
	private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

	private volatile String trackedPrefix = "\u0000";

	WebhookReceiver(int port) throws Exception {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
		server.createContext("/", exchange -> {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			long now = System.nanoTime();
			Matcher ref = REF.matcher(new String(body, StandardCharsets.UTF_8));
			if (ref.find() && ref.group(1).startsWith(trackedPrefix)) {
				arrivals.putIfAbsent(ref.group(1), now);
			}
			lastArrivalNanos = now;
			received.incrementAndGet();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.setExecutor(threads);
		server.start();
	}

	String url(String path) {
		return "http://localhost:" + server.getAddress().getPort() + path;
	}

	long received() {
		return received.get();
	}

	long lastArrivalNanos() {
		return lastArrivalNanos;
	}

	void track(String prefix) {
		arrivals.clear();
		trackedPrefix = prefix;
	}

	Map<String, Long> arrivals() {
		return arrivals;
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

}
