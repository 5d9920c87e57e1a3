package com.orderdispatch.hub.channel.email;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The email templates in force, and the watcher that applies an administrator's edits. Like a configuration edit,
 * a broken template is refused and logged naming the file; the last good set keeps serving.
 */
@Component
class MailTemplates {

	private static final Logger log = LoggerFactory.getLogger(MailTemplates.class);

	private final MailProperties properties;

	private final AtomicReference<TemplateSet> current = new AtomicReference<>();

	private volatile String appliedFingerprint;

	private volatile String rejectedFingerprint;

	private volatile TemplateRejectedException lastRejection;

	MailTemplates(MailProperties properties) {
		this.properties = properties;
		// Like the configuration, the hub does not start on templates it cannot render.
		this.appliedFingerprint = fingerprint();
		this.current.set(TemplateSet.load(properties.templates()));
		log.info("Email templates loaded from {}", properties.templates().toAbsolutePath());
	}

	String render(String file, Map<String, Object> model) {
		return current.get().render(file, model);
	}

	/** Why the newest edit was refused, while the files still differ from the set in force; else null. */
	TemplateRejectedException lastRejection() {
		return lastRejection;
	}

	@Scheduled(fixedDelayString = "${hub.config.reload-interval:2s}",
			initialDelayString = "${hub.config.reload-interval:2s}")
	void applyEdits() {
		String fingerprint = fingerprint();
		if (fingerprint.equals(appliedFingerprint)) {
			// A refused edit that was undone leaves nothing to report.
			rejectedFingerprint = null;
			lastRejection = null;
			return;
		}
		if (fingerprint.equals(rejectedFingerprint)) {
			return;
		}
		try {
			current.set(TemplateSet.load(properties.templates()));
			appliedFingerprint = fingerprint;
			rejectedFingerprint = null;
			lastRejection = null;
			log.info("Email template edit applied");
		}
		catch (TemplateRejectedException ex) {
			rejectedFingerprint = fingerprint;
			lastRejection = ex;
			log.error("Email template edit refused, the previous templates stay in force: {}", ex.getMessage());
		}
	}

	private String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String file : TemplateSet.FILES) {
				try {
					digest.update(Files.readAllBytes(properties.templates().resolve(file)));
				}
				catch (NoSuchFileException ex) {
					digest.update((file + " missing").getBytes());
				}
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			return "unreadable";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
