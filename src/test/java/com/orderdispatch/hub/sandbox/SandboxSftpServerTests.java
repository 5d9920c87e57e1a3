package com.orderdispatch.hub.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import com.orderdispatch.hub.channel.email.EmailChannel;
import com.orderdispatch.hub.channel.sftp.SftpChannel;
import com.orderdispatch.hub.channel.webhook.WebhookChannel;
import com.orderdispatch.hub.config.ConfigLoader;
import com.orderdispatch.hub.config.ConfigValidator;
import com.orderdispatch.hub.config.HubConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sandbox SFTP server, a real MINA SSHD server, driven by a real SFTP client (JSch) as the hub's channel is. */
class SandboxSftpServerTests {

	private static final Pattern PINNED = Pattern.compile("knownHosts: \"\\$\\{GLOBEX_SFTP_KNOWN_HOSTS:(\\[localhost]:2222 [^}]+)}\"");

	/** The password config/suppliers.yaml gives globex when GLOBEX_SFTP_PASSWORD is not set. */
	private static final String DEMO_PASSWORD = "globex-sandbox";

	private static final byte[] CSV = "a,b\r\n".getBytes(StandardCharsets.UTF_8);

	private static final ClassPathResource HOST_KEY = new ClassPathResource("sandbox/sftp-host-key");

	@TempDir
	Path directory;

	@TempDir
	Path other;

	@TempDir
	Path configCopy;

	@Test
	void keepsEachSuppliersFilesInItsOwnFolderBehindTheHostKeyPinnedInTheDemoConfiguration() throws Exception {
		int port = TestSocketUtils.findAvailableTcpPort();
		var server = server(port, directory, DataSize.ofMegabytes(16));
		server.start();
		try {
			upload(port, "globex", DEMO_PASSWORD, "ODH-1-02.csv", CSV);

			assertThat(Files.readString(directory.resolve("globex/ODH-1-02.csv"))).isEqualTo("a,b\r\n");
		}
		finally {
			server.stop();
		}
	}

	@Test
	void letsInOnlyTheSuppliersWhoseSftpChannelPointsHereWithTheirConfiguredPassword() throws Exception {
		int port = TestSocketUtils.findAvailableTcpPort();
		var server = server(port, directory, DataSize.ofMegabytes(16));
		server.start();
		try {
			assertThatThrownBy(() -> upload(port, "globex", "any", "wrong.csv", CSV)).isInstanceOf(JSchException.class)
				.hasMessageContaining("Auth");
			assertThatThrownBy(() -> upload(port, "acme", DEMO_PASSWORD, "acme.csv", CSV))
				.as("acme has no sftp channel").isInstanceOf(JSchException.class);
			assertThat(directory).isEmptyDirectory();
		}
		finally {
			server.stop();
		}
		var elsewhere = new SandboxSftpServer(port, directory, HOST_KEY, DataSize.ofMegabytes(16),
				new SandboxSftpLogins(() -> demoConfig(Map.of("GLOBEX_SFTP_PORT", String.valueOf(port),
						"GLOBEX_SFTP_HOST", "sftp.globex.example")), port));
		elsewhere.start();
		try {
			assertThatThrownBy(() -> upload(port, "globex", DEMO_PASSWORD, "moved.csv", CSV))
				.as("globex's channel points at another server").isInstanceOf(JSchException.class);
		}
		finally {
			elsewhere.stop();
		}
	}

	@Test
	void refusesAnUploadLargerThanTheLimitAndKeepsNothingOfIt() throws Exception {
		int port = TestSocketUtils.findAvailableTcpPort();
		var server = server(port, directory, DataSize.ofKilobytes(64));
		server.start();
		try {
			upload(port, "globex", DEMO_PASSWORD, "just-fits.csv", new byte[64 * 1024]);
			assertThatThrownBy(() -> upload(port, "globex", DEMO_PASSWORD, "too-big.csv", new byte[200 * 1024]))
				.isInstanceOf(SftpException.class);

			assertThat(directory.resolve("globex/just-fits.csv")).hasSize(64 * 1024);
			assertThat(directory.resolve("globex/too-big.csv")).doesNotExist();
		}
		finally {
			server.stop();
		}
	}

	@Test
	void isRefusedByAClientThatPinnedAnotherKey() {
		int port = TestSocketUtils.findAvailableTcpPort();
		var server = server(port, directory, DataSize.ofMegabytes(16));
		server.start();
		try {
			String foreign = "[localhost]:" + port + " ecdsa-sha2-nistp256 "
					+ "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBGcwDlOdpMp9Jh4bzvrMq+S5jLYtNu2HZQ8dp0hmyIz8"
					+ "3Y7S6dOitXu3hwB3vKcFmtBGgrWU/YP0YjS2h8kSpiM=";
			assertThatThrownBy(() -> upload(port, foreign, "globex", DEMO_PASSWORD, "x.csv", CSV))
				.isInstanceOf(JSchException.class);
			assertThat(directory.resolve("globex/x.csv")).doesNotExist();
		}
		finally {
			server.stop();
		}
	}

	@Test
	void leavesATakenPortToItsOwner() {
		int port = TestSocketUtils.findAvailableTcpPort();
		var owner = server(port, directory, DataSize.ofMegabytes(16));
		var latecomer = server(port, other, DataSize.ofMegabytes(16));
		owner.start();
		try {
			latecomer.start();

			assertThat(latecomer.isRunning()).isFalse();
			assertThat(owner.port()).isEqualTo(port);
		}
		finally {
			owner.stop();
			latecomer.stop();
		}
	}

	/** The globex entry of config/suppliers.yaml: the demo must trust exactly the sandbox's key. */
	private static String pinnedEntry() throws Exception {
		var matcher = PINNED.matcher(Files.readString(Path.of("config/suppliers.yaml")));
		assertThat(matcher.find()).as("config/suppliers.yaml pins the sandbox's host key for globex").isTrue();
		return matcher.group(1);
	}

	/** The sandbox on this port, letting in whom the demo configuration of config/ sends there. */
	private SandboxSftpServer server(int port, Path directory, DataSize maxUploadSize) {
		HubConfig demo = demoConfig(Map.of("GLOBEX_SFTP_PORT", String.valueOf(port)));
		return new SandboxSftpServer(port, directory, HOST_KEY, maxUploadSize, new SandboxSftpLogins(() -> demo, port));
	}

	private HubConfig demoConfig(Map<String, String> environment) {
		try {
			for (String file : new String[] { "retailers.yaml", "suppliers.yaml", "catalog.yaml" }) {
				Files.copy(Path.of("config", file), configCopy.resolve(file), StandardCopyOption.REPLACE_EXISTING);
			}
			return new ConfigLoader(environment::get, new ConfigValidator(Set.of(), List.of(new EmailChannel(),
					new WebhookChannel(), SftpChannel.rules(false)))).load(configCopy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void upload(int port, String user, String password, String name, byte[] content)
			throws Exception {
		upload(port, pinnedEntry().replace(":2222 ", ":" + port + " "), user, password, name, content);
	}

	private static void upload(int port, String knownHosts, String user, String password, String name,
			byte[] content) throws Exception {
		var jsch = new JSch();
		jsch.setKnownHosts(new ByteArrayInputStream(knownHosts.getBytes(StandardCharsets.UTF_8)));
		Session session = jsch.getSession(user, "localhost", port);
		session.setPassword(password);
		session.setConfig("StrictHostKeyChecking", "yes");
		session.connect(10_000);
		try {
			var sftp = (ChannelSftp) session.openChannel("sftp");
			sftp.connect(10_000);
			try {
				sftp.put(new ByteArrayInputStream(content), name);
			}
			finally {
				sftp.disconnect();
			}
		}
		finally {
			session.disconnect();
		}
	}

}
