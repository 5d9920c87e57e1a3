package com.orderdispatch.hub.sandbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxInboxTests {

	@TempDir
	Path directory;

	@Test
	void keepsOnlyTheNewestEntriesPerSupplier() throws Exception {
		var inbox = new SandboxInbox(directory, new ObjectMapper(), 3);
		for (int i = 1; i <= 5; i++) {
			inbox.append("acme", "msg_" + i, "0", true, "{}".getBytes(StandardCharsets.UTF_8));
		}
		inbox.append("globex", "msg_g", "0", true, "{}".getBytes(StandardCharsets.UTF_8));

		assertThat(inbox.read("acme")).map(event -> ((JsonNode) event).get("id").asText())
			.containsExactly("msg_3", "msg_4", "msg_5");
		assertThat(inbox.read("globex")).hasSize(1);
	}

}
