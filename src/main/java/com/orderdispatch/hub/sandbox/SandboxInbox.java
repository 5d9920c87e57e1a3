package com.orderdispatch.hub.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The sandbox receiver's log: {@code <directory>/<supplierId>.jsonl}, one received event per line. */
@Component
@ConditionalOnProperty(name = "hub.sandbox.enabled", havingValue = "true")
class SandboxInbox {

	private final Path directory;

	private final ObjectMapper json;

	SandboxInbox(@Value("${hub.sandbox.directory:data/sandbox/webhooks}") Path directory, ObjectMapper json) {
		this.directory = directory;
		this.json = json;
	}

	synchronized void append(String supplierId, String id, String timestamp, boolean verified, byte[] body)
			throws IOException {
		var line = new LinkedHashMap<String, Object>();
		line.put("id", id);
		line.put("timestamp", timestamp);
		line.put("verified", verified);
		line.put("body", parse(body));
		Files.createDirectories(directory);
		Files.write(file(supplierId), (json.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8),
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	synchronized List<Object> read(String supplierId) throws IOException {
		Path file = file(supplierId);
		var events = new ArrayList<Object>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					events.add(json.readTree(line));
				}
			}
		}
		return events;
	}

	private Object parse(byte[] body) {
		try {
			return json.readTree(body);
		}
		catch (IOException notJson) {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	private Path file(String supplierId) {
		return directory.resolve(supplierId + ".jsonl");
	}

}
