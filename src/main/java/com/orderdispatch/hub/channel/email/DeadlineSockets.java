package com.orderdispatch.hub.channel.email;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Properties;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

import com.orderdispatch.hub.dispatch.SendDeadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Holds SMTP sends to the engine's total deadline. Jakarta Mail's timeouts bound each connect, read and write, so a
 * server that answers a byte at a time could hold a worker for ever; every socket it opens for a send is closed when
 * that send's {@link SendDeadline} passes, which fails the send at once. Given to camel-mail as
 * {@code additionalJavaMailProperties=#mailDeadlineProperties} in {@code hub.mail.uri}.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineSockets {

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

		private static Socket watched(Socket socket) {
			SendDeadline.current().ifPresent(deadline -> deadline.onExpiry(() -> {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// Closing is all we can do; the send fails either way.
				}
			}));
			return socket;
		}

	}

}
