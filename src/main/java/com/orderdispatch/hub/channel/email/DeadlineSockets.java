package com.orderdispatch.hub.channel.email;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

import jakarta.mail.MessagingException;

import com.orderdispatch.hub.dispatch.channel.SendDeadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Holds SMTP sends to the engine's total deadline. Jakarta Mail's timeouts bound each connect, read and write, so a
 * server that answers a byte at a time could hold a worker for ever; every socket it opens for a send is closed when
 * that send's {@link SendDeadline} passes, which fails the send at once. Given to camel-mail as
 * {@code additionalJavaMailProperties=#mailDeadlineProperties} in {@code hub.mail.uri}. A pooled connection outlives
 * the send that opened it, so {@link #openedBy} hands its sockets to the pool, which cuts them at the deadline of
 * each later send as well.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineSockets {

	/** Collects the sockets opened on this thread while {@link #openedBy} runs. */
	private static final ThreadLocal<List<Socket>> OPENING = new ThreadLocal<>();

	/** What opens a connection, e.g. {@code transport.connect(...)}. */
	interface Connect {

		void run() throws MessagingException;

	}

	/** Runs the connect and answers the sockets it opened (also when it failed half way: they are closed then). */
	static List<Socket> openedBy(Connect connect) throws MessagingException {
		var sockets = new ArrayList<Socket>();
		OPENING.set(sockets);
		try {
			connect.run();
			return sockets;
		}
		catch (MessagingException | RuntimeException ex) {
			sockets.forEach(DeadlineSockets::closeQuietly);
			throw ex;
		}
		finally {
			OPENING.remove();
		}
	}

	static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Closing is all we can do; the send fails either way.
		}
	}

	@Bean
	Properties mailDeadlineProperties() {
		var properties = new Properties();
		properties.put("mail.smtp.socketFactory", new Factory(SocketFactory.getDefault()));
		properties.put("mail.smtp.socketFactory.fallback", "false");
		properties.put("mail.smtps.socketFactory", new Factory(SSLSocketFactory.getDefault()));
		properties.put("mail.smtps.socketFactory.fallback", "false");
		return properties;
	}

	/** Makes sockets as the delegate does, each closed at the deadline of the send that opened it. */
	static final class Factory extends SocketFactory {

		private final SocketFactory delegate;

		Factory(SocketFactory delegate) {
			this.delegate = delegate;
		}

		@Override
		public Socket createSocket() throws IOException {
			return watched(delegate.createSocket());
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException {
			return watched(delegate.createSocket(host, port));
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
			return watched(delegate.createSocket(host, port, localHost, localPort));
		}

		@Override
		public Socket createSocket(InetAddress host, int port) throws IOException {
			return watched(delegate.createSocket(host, port));
		}

		@Override
		public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
				throws IOException {
			return watched(delegate.createSocket(address, port, localAddress, localPort));
		}

		private static Socket watched(Socket socket) throws IOException {
			// SMTP is a conversation of short commands and answers; Nagle would hold the end of each message (the
			// final "." line) until the server acknowledged the data before it, which a delayed ACK puts off 40 ms.
			socket.setTcpNoDelay(true);
			SendDeadline.current().ifPresent(deadline -> deadline.onExpiry(() -> closeQuietly(socket)));
			var opening = OPENING.get();
			if (opening != null) {
				opening.add(socket);
			}
			return socket;
		}

	}

}
