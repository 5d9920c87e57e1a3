package com.orderdispatch.hub.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.RejectAllPublickeyAuthenticator;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The sandbox's SFTP server (Apache MINA SSHD): on localhost only, it lets in the suppliers whose sftp channel points
 * at it, with the username and password configured there ({@link SandboxSftpLogins}), and keeps each one's files
 * under {@code <directory>/<username>/}, so a demo run's SFTP drops land in {@code data/sandbox/sftp/globex/}. One
 * upload may write at most {@code hub.sandbox.sftp.max-upload-size} ({@link SandboxUploadLimit}). Its host key
 * ships with the hub, so the known-hosts entry pinned in config/suppliers.yaml stays valid on every machine. SFTP
 * only: no shell, no command execution. Off unless {@code hub.sandbox.enabled=true}.
 */
@Component
@ConditionalOnProperty(name = "hub.sandbox.enabled", havingValue = "true")
class SandboxSftpServer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SandboxSftpServer.class);

	private static final Pattern USER = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

	private final int port;

	private final Path directory;

	private final Resource hostKey;

	private final DataSize maxUploadSize;

	private final SandboxSftpLogins logins;

	private SshServer server;

	@Autowired
	SandboxSftpServer(SandboxProperties sandbox, SandboxSftpLogins logins) {
		this(sandbox.sftp().port(), sandbox.sftp().directory(), sandbox.sftp().hostKey(),
				sandbox.sftp().maxUploadSize(), logins);
	}

	SandboxSftpServer(int port, Path directory, Resource hostKey, DataSize maxUploadSize, SandboxSftpLogins logins) {
		this.port = port;
		this.directory = directory;
		this.hostKey = hostKey;
		this.maxUploadSize = maxUploadSize;
		this.logins = logins;
	}

	@Override
	public synchronized void start() {
		var ssh = SshServer.setUpDefaultServer();
		ssh.setHost("127.0.0.1");
		ssh.setPort(port);
		// Small SFTP replies go out at once rather than waiting on the client's delayed ACK (40 ms each).
		CoreModuleProperties.TCP_NODELAY.set(ssh, true);
		ssh.setKeyPairProvider(KeyPairProvider.wrap(hostKeys()));
		// User names become folder names: only plain ones. No public key login: the sandbox knows only passwords.
		ssh.setPasswordAuthenticator((user, password, session) -> USER.matcher(user).matches()
				&& logins.authenticate(user, password, session));
		ssh.setPublickeyAuthenticator(RejectAllPublickeyAuthenticator.INSTANCE);
		var sftp = new SftpSubsystemFactory.Builder().build();
		sftp.addSftpEventListener(new SandboxUploadLimit(maxUploadSize.toBytes()));
		ssh.setSubsystemFactories(List.of(sftp));
		ssh.setFileSystemFactory(new HomePerUser(directory));
		try {
			Files.createDirectories(directory);
			ssh.start();
		}
		catch (IOException ex) {
			// Another hub on this machine (or a test JVM) already runs the sandbox SFTP server: files go there.
			log.warn("Sandbox SFTP server not started, 127.0.0.1:{} is taken ({}); files dropped to it land wherever "
					+ "that server writes them", port, ex.getMessage());
			stopQuietly(ssh);
			return;
		}
		server = ssh;
		log.info("Sandbox SFTP server on 127.0.0.1:{}, keeping each supplier's files under {}/<username>, at most {} "
				+ "per upload", port, directory.toAbsolutePath().normalize(), maxUploadSize);
	}

	private List<KeyPair> hostKeys() {
		try (InputStream in = hostKey.getInputStream()) {
			var keys = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(hostKey.getDescription()), in,
					null);
			return keys == null ? List.of() : toList(keys);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the sandbox SFTP host key " + hostKey, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot read the sandbox SFTP host key " + hostKey, ex);
		}
	}

	private static List<KeyPair> toList(Iterable<KeyPair> keys) {
		var list = new java.util.ArrayList<KeyPair>();
		keys.forEach(list::add);
		return list;
	}

	@Override
	public synchronized void stop() {
		if (server != null) {
			stopQuietly(server);
			server = null;
		}
	}

	private static void stopQuietly(SshServer ssh) {
		try {
			ssh.stop(true);
		}
		catch (IOException ex) {
			log.debug("Sandbox SFTP server did not stop cleanly", ex);
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

	/** Up before Camel's routes start (a schedule may fire at once), down after they stop. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	/** Each user's root is its own folder, made on first login; user names are plain names, never a path. */
	private static final class HomePerUser extends VirtualFileSystemFactory {

		private final Path root;

		HomePerUser(Path root) {
			super(root);
			this.root = root;
		}

		@Override
		public Path getUserHomeDir(SessionContext session) throws IOException {
			return Files.createDirectories(root.resolve(session.getUsername()));
		}

	}

}
