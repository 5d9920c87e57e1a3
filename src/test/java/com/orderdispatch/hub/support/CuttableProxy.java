package com.orderdispatch.hub.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a real server, counting the connections clients open through it, that can be cut: every
 * open connection is closed and new ones are refused until it is restored on the same port. To a client this is
 * the server going away (a restart, a network cut) and coming back, while the server itself keeps what it
 * committed.
 */
public final class CuttableProxy implements AutoCloseable {

	private final int targetPort;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final AtomicInteger opened = new AtomicInteger();

	private volatile ServerSocket server;

	private CuttableProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = listen(0);
		this.port = server.getLocalPort();
		daemon(() -> accept(server));
	}

	public static CuttableProxy to(int targetPort) {
		try {
			return new CuttableProxy(targetPort);
		}
		catch (IOException ex) {
			throw new IllegalStateException("the proxy could not listen", ex);
		}
	}

	public int port() {
		return port;
	}

	/** Connections clients opened through the proxy so far. */
	public int connectionsOpened() {
		return opened.get();
	}

	/** Closes every connection through the proxy and refuses new ones. */
	public synchronized void cut() {
		closeQuietly(server);
		open.forEach(CuttableProxy::closeQuietly);
		open.clear();
	}

	/** Takes connections again, on the same port. */
	public synchronized void restore() {
		try {
			server = listen(port);
		}
		catch (IOException ex) {
			throw new IllegalStateException("the proxy could not listen on " + port + " again", ex);
		}
		ServerSocket listening = server;
		daemon(() -> accept(listening));
	}

	private static ServerSocket listen(int port) throws IOException {
		var socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		return socket;
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				opened.incrementAndGet();
				Socket target;
				try {
					target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				}
				catch (IOException ex) {
					client.close();
					continue;
				}
				open.add(client);
				open.add(target);
				daemon(() -> pipe(client, target));
				daemon(() -> pipe(target, client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// One side went away, or the proxy was cut.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			open.remove(from);
			open.remove(to);
		}
	}

	private static void closeQuietly(AutoCloseable socket) {
		try {
			socket.close();
		}
		catch (Exception ex) {
			// Already closed.
		}
	}

	private static void daemon(Runnable task) {
		var thread = new Thread(task, "cuttable-proxy");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() {
		cut();
	}

}
