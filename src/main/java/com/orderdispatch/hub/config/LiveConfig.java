package com.orderdispatch.hub.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The configuration in force, and the watcher that applies an administrator's edits without a restart. A broken edit
 * is refused and logged; the last good configuration keeps serving until the files are fixed.
 */
@Component
public class LiveConfig {

	static final Set<String> DEMO_KEYS = Set.of("demo-shop-key", "umbrella-key", "acme-demo-key", "globex-demo-key",
			"initech-demo-key");

	private static final Logger log = LoggerFactory.getLogger(LiveConfig.class);

	private final ConfigProperties properties;

	private final ConfigLoader loader;

	private final ApplicationEventPublisher events;

	private final AtomicReference<HubConfig> current = new AtomicReference<>();

	private volatile String appliedFingerprint;

	private volatile Instant appliedAt;

	private volatile ConfigRejectedException lastRejection;

	private volatile String rejectedFingerprint;

	LiveConfig(ConfigProperties properties, Environment environment, ApplicationEventPublisher events) {
		this.properties = properties;
		this.events = events;
		boolean production = environment.acceptsProfiles(Profiles.of("prod"));
		this.loader = new ConfigLoader(environment::getProperty,
				new ConfigValidator(production ? DEMO_KEYS : Set.of()));
		// A hub must not start on a configuration it cannot trust: this throws and stops the start.
		this.appliedFingerprint = fingerprint();
		this.current.set(loader.load(properties.directory()));
		this.appliedAt = Instant.now();
		log.info("Configuration loaded from {}: {} retailers, {} suppliers, {} catalog SKUs",
				properties.directory().toAbsolutePath(), current.get().retailers().size(),
				current.get().suppliers().size(), current.get().catalog().size());
	}

	public HubConfig current() {
		return current.get();
	}

	public Instant appliedAt() {
		return appliedAt;
	}

	/** The reason the newest edit was refused, while the files on disk still differ from what is in force. */
	public ConfigRejectedException lastRejection() {
		return lastRejection;
	}

	@EventListener(ContextRefreshedEvent.class)
	void announceInitial() {
		events.publishEvent(new ConfigApplied(current.get()));
	}

	@Scheduled(fixedDelayString = "${hub.config.reload-interval:2s}", initialDelayString = "${hub.config.reload-interval:2s}")
	public void applyEdits() {
		String fingerprint = fingerprint();
		if (fingerprint.equals(appliedFingerprint)) {
			// The files are back to what is in force (a broken edit was undone): nothing is refused any more.
			lastRejection = null;
			return;
		}
		if (lastRejection != null && fingerprint.equals(rejectedFingerprint)) {
			return;
		}
		try {
			HubConfig edited = loader.load(properties.directory());
			current.set(edited);
			appliedFingerprint = fingerprint;
			appliedAt = Instant.now();
			lastRejection = null;
			log.info("Configuration edit applied: {} retailers, {} suppliers, {} catalog SKUs",
					edited.retailers().size(), edited.suppliers().size(), edited.catalog().size());
			events.publishEvent(new ConfigApplied(edited));
		}
		catch (ConfigRejectedException ex) {
			lastRejection = ex;
			rejectedFingerprint = fingerprint;
			log.error("Configuration edit refused, the previous configuration stays in force: {}", ex.getMessage());
		}
	}

	/** A digest of the files' contents: cheap for files this small, and blind to clock and mtime quirks. */
	private String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String file : ConfigFiles.ALL) {
				try {
					digest.update(Files.readAllBytes(properties.directory().resolve(file)));
				}
				catch (NoSuchFileException ex) {
					digest.update((file + " missing").getBytes());
				}
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			return "unreadable " + Instant.now();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
