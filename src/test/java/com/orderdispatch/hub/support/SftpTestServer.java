package com.orderdispatch.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A supplier's SFTP server for tests (Apache MINA SSHD): a free port on localhost, a temporary root, one user with a
 * password, a host key of its own, and a listener that sees every write and rename, so a test can tell whether a
 * file was ever written under its final name. It can go away and come back on the same port with the same key.
 */
public final class SftpTestServer implements AutoCloseable {

	public static final String USER = "supplier";

	public static final String PASSWORD = "sftp-test-password";

	private final Path root;

	private final KeyPair hostKey;

	private final List<String> written = new CopyOnWriteArrayList<>();

	private final List<String> renamedTo = new CopyOnWriteArrayList<>();

	private final AtomicInteger renames = new AtomicInteger();

	private final AtomicInteger sessions = new AtomicInteger();

	private volatile long firstRenameNanos;

	private volatile long lastRenameNanos;

	private volatile int stopAfterRenames = -1;

	private volatile long writeDelayMillis;

	private final boolean posixRename;

	private SshServer server;

	private int port;

	private SftpTestServer(Path root, KeyPair hostKey, boolean posixRename) {
		this.root = root;
		this.hostKey = hostKey;
		this.posixRename = posixRename;
	}

	public static SftpTestServer start() {
		return start(true);
	}

	/**
	 * A server that does not offer OpenSSH's posix-rename extension, so a plain SFTP rename onto an existing file
	 * fails, as the protocol (version 3) says it must.
	 */
	public static SftpTestServer startWithoutPosixRename() {
		return start(false);
	}

	private static SftpTestServer start(boolean posixRename) {
		try {
			var server = new SftpTestServer(Files.createTempDirectory("sftp-root"), newHostKey(), posixRename);
			server.listen(0);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A host key that is not this server's, for a known-hosts entry that must be refused. */
	public static String foreignKnownHostsEntry(int port) {
		return entry(port, newHostKey());
	}

	private synchronized void listen(int wantedPort) throws IOException {
		var ssh = SshServer.setUpDefaultServer();
		ssh.setHost("127.0.0.1");
		ssh.setPort(wantedPort);
		// Small SFTP replies go out at once rather than waiting on the client's delayed ACK (40 ms each).
		CoreModuleProperties.TCP_NODELAY.set(ssh, true);
		if (!posixRename) {
			SftpModuleProperties.OPENSSH_EXTENSIONS.set(ssh, "statvfs@openssh.com=2");
		}
		ssh.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		ssh.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
		var sftp = new SftpSubsystemFactory.Builder().build();
		sftp.addSftpEventListener(new Recorder());
		ssh.setSubsystemFactories(List.of(sftp));
		ssh.setFileSystemFactory(new VirtualFileSystemFactory(root));
		ssh.addSessionListener(new SessionListener() {
			@Override
			public void sessionCreated(Session session) {
				sessions.incrementAndGet();
			}
		});
		ssh.start();
		server = ssh;
		port = ssh.getPort();
	}

	public int port() {
		return port;
	}

	public Path root() {
		return root;
	}

	/** The line to pin in the supplier's settings: {@code [localhost]:<port> ecdsa-sha2-nistp256 AAAA...}. */
	public String knownHostsEntry() {
		return entry(port, hostKey);
	}

	/** Every path (relative to the root) the server was asked to write bytes to. */
	public List<String> written() {
		return List.copyOf(written);
	}

	/** Every path (relative to the root) a file was renamed to. */
	public List<String> renamedTo() {
		return List.copyOf(renamedTo);
	}

	/** How many SSH sessions clients opened so far. */
	public int sessions() {
		return sessions.get();
	}

	/** Nanoseconds between the first and the last rename so far (System.nanoTime). */
	public long renameSpanNanos() {
		return lastRenameNanos - firstRenameNanos;
	}

	/** The regular files now under this folder (relative to the root), names only, sorted. */
	public List<String> files(String folder) {
		try (Stream<Path> files = Files.list(root.resolve(folder))) {
			return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every write waits this long first: a slow server, so a drop takes a while. */
	public void delayEachWrite(java.time.Duration delay) {
		writeDelayMillis = delay.toMillis();
	}

	/** The server goes away (every session dropped) right after the n-th rename from now. */
	public void goAwayAfterRenames(int n) {
		renames.set(0);
		stopAfterRenames = n;
	}

	/** Stops listening and drops every session. */
	public synchronized void stop() {
		if (server != null) {
			try {
				server.stop(true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			server = null;
		}
	}

	/** Comes back on the same port with the same host key and files. */
	public synchronized void restart() {
		stop();
		try {
			listen(port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public synchronized boolean isRunning() {
		return server != null;
	}

	@Override
	public void close() {
		stop();
	}

	private String relative(Path path) {
		// Paths here belong to the server's virtual file system; its root is this server's root folder.
		return path.toString().replaceFirst("^/", "");
	}

	private static String entry(int port, KeyPair key) {
		return "[localhost]:" + port + " " + PublicKeyEntry.toString(key.getPublic());
	}

	private static KeyPair newHostKey() {
		try {
			var generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(256);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final class Recorder implements SftpEventListener {

		@Override
		public void writing(ServerSession session, String remoteHandle, FileHandle localHandle, long offset,
				byte[] data, int dataOffset, int dataLen) {
			String path = relative(localHandle.getFile());
			if (!written.contains(path)) {
				written.add(path);
			}
			if (writeDelayMillis > 0) {
				try {
					Thread.sleep(writeDelayMillis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

		@Override
		public void moved(ServerSession session, Path srcPath, Path dstPath, Collection<CopyOption> opts,
				Throwable thrown) {
			if (thrown != null) {
				return;
			}
			long now = System.nanoTime();
			if (renamedTo.isEmpty()) {
				firstRenameNanos = now;
			}
			lastRenameNanos = now;
			renamedTo.add(relative(dstPath));
			if (stopAfterRenames > 0 && renames.incrementAndGet() == stopAfterRenames) {
				stopAfterRenames = -1;
				// Not on the server's own thread, which stop() would wait for.
				new Thread(SftpTestServer.this::stop, "sftp-test-server-goes-away").start();
			}
		}

	}

}
