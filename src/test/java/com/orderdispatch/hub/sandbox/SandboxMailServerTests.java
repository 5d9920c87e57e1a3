package com.orderdispatch.hub.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxMailServerTests {

	@TempDir
	Path first;

	@TempDir
	Path second;

	@Test
	void writesOneFilePerMessageAndLeavesATakenPortToItsOwner() throws Exception {
		int port = TestSocketUtils.findAvailableTcpPort();
		var owner = new SandboxMailServer(port, first);
		var latecomer = new SandboxMailServer(port, second);
		owner.start();
		try {
			latecomer.start();
			assertThat(latecomer.isRunning()).isFalse();
			assertThat(owner.port()).isEqualTo(port);

			send(port, "a@acme.example", "b@acme.example");

			try (var files = Files.list(first)) {
				var written = files.toList();
				assertThat(written).hasSize(1);
				assertThat(Files.readString(written.get(0))).contains("Subject: Sandbox check", "To: a@acme.example");
			}
			try (var files = Files.list(second)) {
				assertThat(files.count()).isZero();
			}
		}
		finally {
			owner.stop();
			latecomer.stop();
		}
	}

	private static void send(int port, String... to) throws Exception {
		var properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", Integer.toString(port));
		var message = new MimeMessage(Session.getInstance(properties));
		message.setFrom("hub@localhost");
		for (String address : to) {
			message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
		}
		message.setSubject("Sandbox check");
		message.setText("hello");
		Transport.send(message);
	}

}
