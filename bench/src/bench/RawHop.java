package bench;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The raw baseline: a plain JDK HTTP server in its own JVM that reads the posted body and answers 201 with a short
 * JSON body, doing nothing else. What the hub does per request is measured against this hop.
 */
public final class RawHop {

	private RawHop() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		byte[] answer = "{\"orderNumber\":\"RAW-1\"}".getBytes(StandardCharsets.UTF_8);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
		server.createContext("/", exchange -> {
			try (InputStream body = exchange.getRequestBody()) {
				body.readAllBytes();
			}
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(201, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.start();
		System.out.println("ready");
	}

}
