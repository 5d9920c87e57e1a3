package com.orderdispatch.hub.channel.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A TCP proxy in front of a real server that counts the connections clients open through it. */
final class CountingProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int targetPort;

	private final AtomicInteger opened = new AtomicInteger();

	CountingProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		daemon(this::accept);
	}

	int port() {
		return server.getLocalPort();
	}

	int connectionsOpened() {
		return opened.get();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				opened.incrementAndGet();
				Socket target;
				try {
					target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				}
				catch (IOException ex) {
					client.close();
					continue;
				}
				daemon(() -> pipe(client, target));
				daemon(() -> pipe(target, client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	/** Copies one direction; when either side ends, both sockets close, as a real server's close would look. */
	private static void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// One side went away.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

	private static void daemon(Runnable task) {
		var thread = new Thread(task, "counting-proxy");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}
