package com.orderdispatch.hub.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 receiver whose first {@code stalls} requests get their status line and headers and then a body that
 * never finishes: the connection stays open until the client gives up. Later requests get a plain 200. It counts how
 * many requests are open at once, so a test can prove a delivery was never in flight twice.
 */
public final class StallingReceiver implements AutoCloseable {

	private final ServerSocket server;

	private final AtomicInteger stalls = new AtomicInteger();

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicInteger mostOpenAtOnce = new AtomicInteger();

	private final List<String> webhookIds = new CopyOnWriteArrayList<>();

	private StallingReceiver() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "stalling-receiver");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public static StallingReceiver start() {
		try {
			return new StallingReceiver();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return server.getLocalPort();
	}

	public String url(String path) {
		return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
	}

	/** The next this many requests stall their response body. */
	public void stallNext(int requests) {
		stalls.set(requests);
	}

	public List<String> webhookIds() {
		return List.copyOf(webhookIds);
	}

	public int mostOpenAtOnce() {
		return mostOpenAtOnce.get();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				Thread handler = new Thread(() -> handle(socket), "stalling-receiver-connection");
				handler.setDaemon(true);
				handler.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void handle(Socket socket) {
		try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
			while (true) {
				String head = readHead(in);
				if (head == null) {
					return;
				}
				int length = contentLength(head);
				in.readNBytes(length);
				mostOpenAtOnce.accumulateAndGet(open.incrementAndGet(), Math::max);
				try {
					webhookIds.add(header(head, "webhook-id"));
					if (stalls.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
						out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"ok\":".getBytes(StandardCharsets.US_ASCII));
						out.flush();
						// The rest of the body never comes: wait until the client hangs up.
						while (in.read() >= 0) {
							// Discard anything it still sends.
						}
						return;
					}
					out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
					out.flush();
				}
				finally {
					open.decrementAndGet();
				}
			}
		}
		catch (IOException ex) {
			// The client hung up.
		}
	}

	private static String readHead(InputStream in) throws IOException {
		var head = new ByteArrayOutputStream();
		int matched = 0;
		int b;
		while ((b = in.read()) >= 0) {
			head.write(b);
			matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
			if (matched == 4) {
				return head.toString(StandardCharsets.US_ASCII);
			}
		}
		return null;
	}

	private static int contentLength(String head) {
		String value = header(head, "content-length");
		return value == null ? 0 : Integer.parseInt(value.trim());
	}

	private static String header(String head, String name) {
		for (String line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
				return line.substring(colon + 1).trim();
			}
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}
