package com.orderdispatch.hub.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.MessagingException;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each email the sandbox SMTP server receives to one .eml file, whatever its number of recipients. */
final class SandboxMailbox {

	private static final Logger log = LoggerFactory.getLogger(SandboxMailbox.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final Path directory;

	private final AtomicLong sequence = new AtomicLong();

	// GreenMail calls the handler once per recipient with the same message object.
	private final Set<MovingMessage> written = Collections.synchronizedSet(
			Collections.newSetFromMap(new WeakHashMap<>()));

	SandboxMailbox(Path directory) {
		this.directory = directory;
	}

	Path directory() {
		return directory;
	}

	/** Keeps a file copy of each message, then lets GreenMail deliver it as it would have. */
	MessageDeliveryHandler keepingCopiesFor(MessageDeliveryHandler delivery) {
		return (message, recipient) -> {
			if (written.add(message)) {
				write(message);
			}
			return delivery.handle(message, recipient);
		};
	}

	private void write(MovingMessage message) {
		try {
			Files.createDirectories(directory);
			String id = message.getMessage().getMessageID();
			String name = STAMP.format(Instant.now()) + "-" + sequence.incrementAndGet() + "-"
					+ (id == null ? "no-id" : id.replaceAll("[^A-Za-z0-9._-]", "")) + ".eml";
			Path file = directory.resolve(name);
			try (OutputStream out = Files.newOutputStream(file)) {
				message.getMessage().writeTo(out);
			}
			log.info("Sandbox mail received: {}", file.getFileName());
		}
		catch (IOException | MessagingException ex) {
			log.warn("Sandbox mail could not be written to {}: {}", directory, ex.getMessage());
		}
	}

}
