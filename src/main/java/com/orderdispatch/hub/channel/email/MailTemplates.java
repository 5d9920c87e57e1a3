package com.orderdispatch.hub.channel.email;

import java.util.Map;

import com.orderdispatch.hub.config.EditableFiles;
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

	private final EditableFiles<TemplateSet> files;

	MailTemplates(MailProperties properties) {
		// Like the configuration, the hub does not start on templates it cannot render.
		this.files = new EditableFiles<>(properties.templates(), TemplateSet.FILES, TemplateSet::load);
		log.info("Email templates loaded from {}", properties.templates().toAbsolutePath());
	}

	String render(String file, Map<String, Object> model) {
		return files.current().render(file, model);
	}

	/** Why the newest edit was refused, while the files still differ from the set in force; else null. */
	RuntimeException lastRejection() {
		return files.refusal();
	}

	/** Applies the templates as they are now. */
	void applyEdits() {
		report(files.refusal(), files.applyEdits());
	}

	/** The watcher: applies an edit made on disk once the files have held still for one poll. */
	@Scheduled(fixedDelayString = "${hub.config.reload-interval:2s}",
			initialDelayString = "${hub.config.reload-interval:2s}")
	void applySettledEdits() {
		report(files.refusal(), files.applySettledEdits());
	}

	private void report(RuntimeException before, java.util.Optional<TemplateSet> applied) {
		if (applied.isPresent()) {
			log.info("Email template edit applied");
		}
		else if (files.refusal() != null && files.refusal() != before) {
			log.error("Email template edit refused, the previous templates stay in force: {}",
					files.refusal().getMessage());
		}
	}

}
