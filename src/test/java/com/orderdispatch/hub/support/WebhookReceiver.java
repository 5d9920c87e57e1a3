package com.orderdispatch.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for suppliers' webhook endpoints: {@code /hooks/<name>} answers with the statuses
 * scripted for it (then with its default, 200 unless set), and keeps every request it got.
 */
public final class WebhookReceiver implements AutoCloseable {

	public record Received(String id, String timestamp, String signature, String contentType, byte[] body) {
	}

	private final HttpServer server;

	private final Map<String, List<Received>> received = new ConcurrentHashMap<>();

	private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

	private final Map<String, Integer> defaults = new ConcurrentHashMap<>();

	private final Map<String, Map<String, String>> extraHeaders = new ConcurrentHashMap<>();

	private final Map<String, java.util.concurrent.CountDownLatch> holds = new ConcurrentHashMap<>();

	private WebhookReceiver(HttpServer server) {
		this.server = server;
		server.createContext("/hooks/", this::handle);
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.start();
	}

	public static WebhookReceiver start() {
		return start(0);
	}

	public static WebhookReceiver start(int port) {
		try {
			return new WebhookReceiver(HttpServer.create(new InetSocketAddress("localhost", port), 100));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return server.getAddress().getPort();
	}

	public String url(String name) {
		return "http://localhost:" + port() + "/hooks/" + name;
	}

	/** The next answers for this endpoint, in order; after them the endpoint's default. */
	public void script(String name, Integer... statuses) {
		scripts.computeIfAbsent(name, n -> new ArrayDeque<>()).addAll(List.of(statuses));
	}

	public void answerByDefault(String name, int status) {
		defaults.put(name, status);
	}

	/** Every answer of this endpoint carries these headers too (Retry-After, say). */
	public void answerByDefault(String name, int status, Map<String, String> headers) {
		defaults.put(name, status);
		extraHeaders.put(name, Map.copyOf(headers));
	}

	/** Keeps this endpoint's answers back until {@link #release} (at most 4 s, inside the hub's 5 s timeout). */
	public void hold(String name) {
		holds.put(name, new java.util.concurrent.CountDownLatch(1));
	}

	public void release(String name) {
		var hold = holds.remove(name);
		if (hold != null) {
			hold.countDown();
		}
	}

	public List<Received> received(String name) {
		return List.copyOf(received.getOrDefault(name, List.of()));
	}

	private void handle(HttpExchange exchange) throws IOException {
		String name = exchange.getRequestURI().getPath().substring("/hooks/".length());
		var headers = exchange.getRequestHeaders();
		byte[] body = exchange.getRequestBody().readAllBytes();
		received.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>())
			.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
					headers.getFirst("webhook-signature"), headers.getFirst("Content-Type"), body));
		Integer scripted;
		synchronized (this) {
			var script = scripts.get(name);
			scripted = script == null ? null : script.poll();
		}
		int status = scripted != null ? scripted : defaults.getOrDefault(name, 200);
		var hold = holds.get(name);
		if (hold != null) {
			try {
				hold.await(4, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		extraHeaders.getOrDefault(name, Map.of()).forEach(exchange.getResponseHeaders()::add);
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
