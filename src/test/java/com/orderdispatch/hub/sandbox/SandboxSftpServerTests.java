package com.orderdispatch.hub.sandbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxSftpServerTests {

	private static final Pattern PINNED = Pattern.compile("knownHosts: \"\\$\\{GLOBEX_SFTP_KNOWN_HOSTS:(\\[localhost]:2222 [^}]+)}\"");

	@TempDir
	Path directory;

	@TempDir
	Path other;

	@Test
	void keepsEachSuppliersFilesInItsOwnFolderBehindTheHostKeyPinnedInTheDemoConfiguration() throws Exception {
		int port = TestSocketUtils.findAvailableTcpPort();
		var server = new SandboxSftpServer(port, directory, new ClassPathResource("sandbox/sftp-host-key"));
		server.start();
		try {
			upload(port, pinnedEntry().replace(":2222 ", ":" + port + " "), "globex", "ODH-1-02.csv");

			assertThat(Files.readString(directory.resolve("globex/ODH-1-02.csv"))).isEqualTo("a,b\r\n");
		}
		finally {
			server.stop();
		}
	}

	@Test
	void isRefusedByAClientThatPinnedAnotherKey() {
		int port = TestSocketUtils.findAvailableTcpPort();
		var server = new SandboxSftpServer(port, directory, new ClassPathResource("sandbox/sftp-host-key"));
		server.start();
		try {
			String foreign = "[localhost]:" + port + " ecdsa-sha2-nistp256 "
					+ "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBGcwDlOdpMp9Jh4bzvrMq+S5jLYtNu2HZQ8dp0hmyIz8"
					+ "3Y7S6dOitXu3hwB3vKcFmtBGgrWU/YP0YjS2h8kSpiM=";
			assertThatThrownBy(() -> upload(port, foreign, "globex", "x.csv")).isInstanceOf(JSchException.class);
			assertThat(directory.resolve("globex/x.csv")).doesNotExist();
		}
		finally {
			server.stop();
		}
	}

	@Test
	void leavesATakenPortToItsOwner() {
		int port = TestSocketUtils.findAvailableTcpPort();
		var owner = new SandboxSftpServer(port, directory, new ClassPathResource("sandbox/sftp-host-key"));
		var latecomer = new SandboxSftpServer(port, other, new ClassPathResource("sandbox/sftp-host-key"));
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

	private static void upload(int port, String knownHosts, String user, String name) throws Exception {
		var jsch = new JSch();
		jsch.setKnownHosts(new ByteArrayInputStream(knownHosts.getBytes(StandardCharsets.UTF_8)));
		Session session = jsch.getSession(user, "localhost", port);
		session.setPassword("any");
		session.setConfig("StrictHostKeyChecking", "yes");
		session.connect(10_000);
		try {
			var sftp = (ChannelSftp) session.openChannel("sftp");
			sftp.connect(10_000);
			sftp.put(new ByteArrayInputStream("a,b\r\n".getBytes(StandardCharsets.UTF_8)), name);
			sftp.disconnect();
		}
		finally {
			session.disconnect();
		}
	}

}
