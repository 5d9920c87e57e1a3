package bench;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * SFTP: files per second in one scheduled drop of many orders (issue 9's target: 10,000 at 500/s or more over one
 * SSH session), to a real SFTP server on this machine (Apache MINA SSHD in the bench's JVM, its host key pinned in
 * the supplier's settings as in production). Each run posts the orders while the supplier's schedule cannot fire,
 * then edits the schedule to {@code now} and times the run from its first rename to its last on the server.
 */
final class SftpScenario {

	static final String SUPPLIER = "bench-sftp";

	static final String USER = "bench";

	private static final String NEVER = "0 0 0 1 1 ? 2099";

	private static final KeyPair HOST_KEY = newHostKey();

	private static int port;

	private SftpScenario() {
	}

	static boolean available() {
		return Files.exists(Path.of("routes/channel-sftp.camel.yaml"));
	}

	/** The bench-sftp supplier's entry in suppliers.yaml: the SFTP server of {@link #run} on this port. */
	static String supplierEntry(int sftpPort) {
		port = sftpPort;
		return """
				  - id: %s
				    name: SFTP supplier
				    contactEmail: edi@sftp.example
				    channels:
				      sftp:
				        host: localhost
				        port: %d
				        username: %s
				        password: "${BENCH_SFTP_PASSWORD}"
				        knownHosts: "[localhost]:%d %s"
				        directory: /
				        schedule: "%s"
				""".formatted(SUPPLIER, sftpPort, USER, sftpPort, PublicKeyEntry.toString(HOST_KEY.getPublic()), NEVER);
	}

	static void run(Context ctx, HubProcess hub, String label) throws Exception {
		Settings s = ctx.settings;
		int orders = s.sftpOrders();
		Context.log("sftp on %s: %d runs, each one scheduled drop of %d orders", label, s.runs(), orders);
		Path root = ctx.workspace.work.resolve("sftp-" + label);
		var rates = new ArrayList<Double>();
		var raw = new ArrayList<Double>();
		var notes = new ArrayList<String>();
		try (var server = new Server(root, ctx.workspace.sftpPassword)) {
			for (int run = 1; run <= s.runs(); run++) {
				schedule(ctx, NEVER);
				// A quarter of the files gives the raw client's rate as well, in a quarter of the bench's time.
				raw.add(RawSftp.dropRate(port, USER, ctx.workspace.sftpPassword, "raw" + run, orders / 4));
				Thread.sleep(3000);
				var posted = BatchLoad.post(hub.url(), ctx.workspace.orderJson(SUPPLIER), ctx.workspace.retailerKey,
						"SF" + run + "-" + System.nanoTime(), orders, s.connections());
				ctx.stored += posted.created();
				server.reset();
				if (run == 1) {
					hub.profile("sftp-" + label, 6);
				}
				schedule(ctx, "now");
				long deadline = System.nanoTime() + 600_000_000_000L;
				while (server.renames.get() < posted.created() && System.nanoTime() < deadline) {
					Thread.sleep(50);
				}
				double seconds = (server.lastRename.get() - server.firstRename.get()) / 1e9;
				double rate = server.renames.get() / seconds;
				rates.add(rate);
				notes.add("run %d: %d files in %.1f s over %d SSH session(s)".formatted(run, server.renames.get(),
						seconds, server.sessions.get()));
				System.out.printf("   run %d: raw %.0f files/s, hub %.0f files/s, %d files over %d SSH session(s)%n", run,
						raw.get(run - 1), rate, server.renames.get(), server.sessions.get());
				if (server.renames.get() < posted.created()) {
					ctx.notes.add("sftp run %d: %d of %d files dropped within 10 minutes".formatted(run,
							server.renames.get(), posted.created()));
				}
			}
			schedule(ctx, NEVER);
		}
		ctx.add(new Figure("sftp." + label + ".rate", "SFTP, one scheduled drop of %,d orders, %s".formatted(orders,
				label), "files/s", rates, "raw JSch client, the same files (a quarter as many) and server", raw,
				Figure.Target.atLeast(500, ">= 500/s"),
				String.join("; ", notes)));
	}

	/** Edits the supplier's schedule; the hub applies the edit within its reload interval. */
	private static void schedule(Context ctx, String schedule) throws IOException {
		Path suppliers = ctx.workspace.config.resolve("suppliers.yaml");
		Files.writeString(suppliers, Files.readString(suppliers)
			.replaceAll("schedule: \"[^\"]*\"", "schedule: \"" + schedule + "\""));
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

	/** The supplier's SFTP server: counts sessions and renames, and when the first and last rename happened. */
	private static final class Server implements AutoCloseable {

		final AtomicInteger renames = new AtomicInteger();

		final AtomicInteger sessions = new AtomicInteger();

		final AtomicLong firstRename = new AtomicLong();

		final AtomicLong lastRename = new AtomicLong();

		private final SshServer ssh;

		Server(Path root, String password) throws IOException {
			Files.createDirectories(root);
			ssh = SshServer.setUpDefaultServer();
			ssh.setHost("127.0.0.1");
			ssh.setPort(port);
			CoreModuleProperties.TCP_NODELAY.set(ssh, true);
			ssh.setKeyPairProvider(KeyPairProvider.wrap(HOST_KEY));
			ssh.setPasswordAuthenticator((user, given, session) -> USER.equals(user) && password.equals(given));
			var sftp = new SftpSubsystemFactory.Builder().build();
			sftp.addSftpEventListener(new SftpEventListener() {
				@Override
				public void moved(ServerSession session, Path src, Path dst, Collection<CopyOption> opts,
						Throwable thrown) {
					if (thrown == null) {
						long now = System.nanoTime();
						firstRename.compareAndSet(0, now);
						lastRename.set(now);
						renames.incrementAndGet();
					}
				}
			});
			ssh.setSubsystemFactories(List.of(sftp));
			ssh.setFileSystemFactory(new VirtualFileSystemFactory(root));
			ssh.addSessionListener(new SessionListener() {
				@Override
				public void sessionCreated(Session session) {
					sessions.incrementAndGet();
				}
			});
			ssh.start();
		}

		void reset() {
			renames.set(0);
			sessions.set(0);
			firstRename.set(0);
			lastRename.set(0);
		}

		@Override
		public void close() throws IOException {
			ssh.stop(true);
		}

	}

}
