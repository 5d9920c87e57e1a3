package com.orderdispatch.hub.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.function.Supplier;

import com.orderdispatch.hub.channel.sftp.SftpSettings;
import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.config.LiveConfig;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.session.ServerSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Who may log in to the sandbox SFTP server: a supplier whose sftp channel points at it (localhost, this port), with
 * the username and password configured there, e.g. globex with the demo's {@code globex-sandbox}. Read at each login,
 * so a configuration edit applies at once; anyone else, or a key, is refused.
 */
@Component
@ConditionalOnProperty(name = "hub.sandbox.enabled", havingValue = "true")
class SandboxSftpLogins implements PasswordAuthenticator {

	private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "::1");

	private final Supplier<HubConfig> config;

	private final int port;

	@Autowired
	SandboxSftpLogins(LiveConfig config, SandboxProperties sandbox) {
		this(config::current, sandbox.sftp().port());
	}

	SandboxSftpLogins(Supplier<HubConfig> config, int port) {
		this.config = config;
		this.port = port;
	}

	@Override
	public boolean authenticate(String username, String password, ServerSession session) {
		return username != null && password != null && config.get()
			.suppliers()
			.values()
			.stream()
			.flatMap(supplier -> supplier.channelsOrNone().active("sftp", SftpSettings.class).stream())
			.filter(this::pointsHere)
			.anyMatch(sftp -> username.equals(sftp.username()) && sameSecret(password, sftp.password()));
	}

	private boolean pointsHere(SftpSettings sftp) {
		return sftp.host() != null && THIS_MACHINE.contains(sftp.host().toLowerCase(java.util.Locale.ROOT))
				&& sftp.portOrDefault() == port;
	}

	/** In constant time, as the hub compares every secret. */
	private static boolean sameSecret(String presented, String configured) {
		return configured != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
				configured.getBytes(StandardCharsets.UTF_8));
	}

}
