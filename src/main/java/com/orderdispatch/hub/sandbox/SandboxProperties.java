package com.orderdispatch.hub.sandbox;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * The sandbox of the default run: local mail, SFTP and webhook receivers, so every channel visibly works without
 * outside servers. The prod profile refuses it.
 *
 * @param enabled whether the sandbox runs
 * @param directory where the webhook receiver keeps what it received, a JSON-lines file per supplier
 * @param keepLast how many received webhooks are kept per supplier
 * @param maxBodySize the largest webhook body the receiver keeps
 */
@ConfigurationProperties("hub.sandbox")
record SandboxProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("data/sandbox/webhooks") Path directory, @DefaultValue("100") int keepLast,
		@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue Mail mail, @DefaultValue Sftp sftp) {

	/**
	 * @param port the SMTP port on localhost
	 * @param directory where each email received is written as an .eml file
	 */
	record Mail(@DefaultValue("2525") int port, @DefaultValue("data/sandbox/mail") Path directory) {
	}

	/**
	 * @param port the SFTP port on localhost
	 * @param directory where each login's uploads land, in a folder named after the user
	 * @param hostKey the server's key, pinned in config/suppliers.yaml
	 * @param maxUploadSize a larger upload is refused and removed
	 */
	record Sftp(@DefaultValue("2222") int port, @DefaultValue("data/sandbox/sftp") Path directory,
			@DefaultValue("classpath:sandbox/sftp-host-key") Resource hostKey,
			@DefaultValue("16MB") DataSize maxUploadSize) {
	}

}
