package com.orderdispatch.hub.config;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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

	/** The secrets the shipped demo configuration falls back to; production refuses every one of them. */
	static final Set<String> DEMO_KEYS = Set.of("demo-shop-key", "umbrella-key", "acme-demo-key", "globex-demo-key",
			"initech-demo-key", "globex-sandbox", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

	private static final Logger log = LoggerFactory.getLogger(LiveConfig.class);

	private final ApplicationEventPublisher events;

	private final EditableFiles<HubConfig> files;

	private final ConfigLoader loader;

	LiveConfig(ConfigProperties properties, Environment environment, ApplicationEventPublisher events,
			List<ChannelSettingsType<?>> channelTypes) {
		this.events = events;
		boolean production = environment.acceptsProfiles(Profiles.of("prod"));
		this.loader = new ConfigLoader(environment::getProperty,
				new ConfigValidator(production ? DEMO_KEYS : Set.of(), channelTypes, production));
		// A hub must not start on a configuration it cannot trust: this throws and stops the start.
		this.files = new EditableFiles<>(properties.directory(), ConfigFiles.ALL, loader::load);
		log.info("Configuration loaded from {}: {}", properties.directory().toAbsolutePath(), summary(current()));
	}

	public HubConfig current() {
		return files.current();
	}

	public Instant appliedAt() {
		return files.appliedAt();
	}

	/** The reason the newest edit was refused, while the files on disk still differ from what is in force. */
	public RuntimeException lastRejection() {
		return files.refusal();
	}

	/** Loads a candidate configuration from another folder with exactly the rules of a file edit; throws if refused. */
	HubConfig check(java.nio.file.Path directory) {
		return loader.load(directory);
	}

	java.nio.file.Path directory() {
		return files.directory();
	}

	@EventListener(ContextRefreshedEvent.class)
	void announceInitial() {
		events.publishEvent(new ConfigApplied(current()));
	}

	/** Applies the files as they are now (the console writes them whole, then calls this). */
	public void applyEdits() {
		report(files.refusal(), files.applyEdits());
	}

	/** The watcher: applies an edit made on disk once the files have held still for one poll. */
	@Scheduled(fixedDelayString = "${hub.config.reload-interval:2s}", initialDelayString = "${hub.config.reload-interval:2s}")
	void applySettledEdits() {
		report(files.refusal(), files.applySettledEdits());
	}

	private void report(RuntimeException before, java.util.Optional<HubConfig> applied) {
		applied.ifPresentOrElse(edited -> {
			log.info("Configuration edit applied: {}", summary(edited));
			events.publishEvent(new ConfigApplied(edited));
		}, () -> {
			if (files.refusal() != null && files.refusal() != before) {
				log.error("Configuration edit refused, the previous configuration stays in force: {}",
						files.refusal().getMessage());
			}
		});
	}

	private static String summary(HubConfig config) {
		return config.retailers().size() + " retailers, " + config.suppliers().size() + " suppliers, "
				+ config.catalog().size() + " catalog SKUs";
	}

}
