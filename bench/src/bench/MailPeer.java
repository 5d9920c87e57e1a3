package bench;

import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The suppliers' mail server: GreenMail's SMTP server (the one the tests use), without AUTH or TLS. It counts what
 * arrives and throws the messages away now and then, so a long run does not fill the bench's memory.
 */
final class MailPeer implements AutoCloseable {

	private final GreenMail server;

	private final AtomicLong received = new AtomicLong();

	private volatile long lastArrivalNanos;

	MailPeer(int port) {
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		server.start();
		var users = server.getUserManager();
		var deliver = users.getMessageDeliveryHandler();
		users.setMessageDeliveryHandler((message, address) -> {
			var user = deliver.handle(message, address);
			lastArrivalNanos = System.nanoTime();
			received.incrementAndGet();
			return user;
		});
	}

	int port() {
		return server.getSmtp().getPort();
	}

	long received() {
		return received.get();
	}

	long lastArrivalNanos() {
		return lastArrivalNanos;
	}

	void purge() throws Exception {
		server.purgeEmailFromAllMailboxes();
	}

	@Override
	public void close() {
		server.stop();
	}

}
