package com.orderdispatch.hub.sandbox;

import java.nio.file.Path;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The sandbox's SMTP server: on localhost only, without TLS or AUTH, it takes every email the hub sends and writes
 * each as an .eml file (see {@link SandboxMailbox}), so a demo run never mails anyone. Off unless
 * {@code hub.sandbox.enabled=true}.
 */
@Component
@ConditionalOnProperty(name = "hub.sandbox.enabled", havingValue = "true")
class SandboxMailServer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SandboxMailServer.class);

	private final int port;

	private final SandboxMailbox mailbox;

	private GreenMail server;

	@Autowired
	SandboxMailServer(SandboxProperties sandbox) {
		this(sandbox.mail().port(), sandbox.mail().directory());
	}

	SandboxMailServer(int port, Path directory) {
		this.port = port;
		this.mailbox = new SandboxMailbox(directory);
	}

	@Override
	public synchronized void start() {
		var setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		server = new GreenMail(setup).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		var users = server.getManagers().getUserManager();
		users.setMessageDeliveryHandler(mailbox.keepingCopiesFor(users.getMessageDeliveryHandler()));
		try {
			server.start();
		}
		catch (RuntimeException ex) {
			// Another hub on this machine (or a test JVM) already runs the sandbox mailbox: mail goes there.
			server.stop();
			server = null;
			log.warn("Sandbox SMTP server not started, 127.0.0.1:{} is taken ({}); mail sent to it lands wherever "
					+ "that server writes it", port, ex.getMessage());
			return;
		}
		log.info("Sandbox SMTP server on 127.0.0.1:{}, writing every email to {}", port,
				mailbox.directory().toAbsolutePath());
	}

	@Override
	public synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return server != null;
	}

	/** The port this server listens on, or -1 when it did not start. */
	synchronized int port() {
		return server == null ? -1 : port;
	}

	/** Up before Camel's routes start (they may send at once), down after they stop. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

}
