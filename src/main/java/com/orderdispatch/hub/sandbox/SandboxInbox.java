package com.orderdispatch.hub.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The sandbox receiver's log: {@code <directory>/<supplierId>.jsonl}, one received event per line, the newest
 * {@code hub.sandbox.keep-last} per supplier (older ones are dropped as new ones arrive).
 */
@Component
@ConditionalOnProperty(name = "hub.sandbox.enabled", havingValue = "true")
class SandboxInbox {

	private final Path directory;

	private final ObjectMapper json;

	private final int keepLast;

	@Autowired
	SandboxInbox(SandboxProperties sandbox, ObjectMapper json) {
		this(sandbox.directory(), json, sandbox.keepLast());
	}

	SandboxInbox(Path directory, ObjectMapper json, int keepLast) {
		this.directory = directory;
		this.json = json;
		this.keepLast = Math.max(1, keepLast);
	}

	synchronized void append(String supplierId, String id, String timestamp, boolean verified, byte[] body)
			throws IOException {
		var line = new LinkedHashMap<String, Object>();
		line.put("id", id);
		line.put("timestamp", timestamp);
		line.put("verified", verified);
		line.put("body", parse(body));
		Files.createDirectories(directory);
		Path file = file(supplierId);
		var lines = new ArrayList<String>(Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8)
				: List.of());
		lines.removeIf(String::isBlank);
		lines.add(json.writeValueAsString(line));
		var kept = lines.subList(Math.max(0, lines.size() - keepLast), lines.size());
		Path next = file.resolveSibling(file.getFileName() + ".tmp");
		Files.write(next, kept, StandardCharsets.UTF_8);
		Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
