package com.orderdispatch.hub.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Lists the sandbox's received emails at GET /sandbox/mail, newest first, and serves each .eml file. */
@RestController
@ConditionalOnProperty(name = "hub.sandbox.enabled", havingValue = "true")
class SandboxMailList {

	private final Path directory;

	SandboxMailList(SandboxProperties sandbox) {
		this.directory = sandbox.mail().directory();
	}

	record ReceivedMail(String file, String href) {
	}

	@GetMapping(path = "/sandbox/mail", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ReceivedMail> list() throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (var files = Files.list(directory)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".eml"))
				.sorted(java.util.Comparator.reverseOrder())
				.map(name -> new ReceivedMail(name, "/sandbox/mail/" + name))
				.toList();
		}
	}

	@GetMapping("/sandbox/mail/{file:.+\\.eml}")
	ResponseEntity<FileSystemResource> get(@PathVariable String file) {
		// Only plain names of files in the folder: no path may climb out of it.
		Path path = directory.resolve(file).normalize();
		if (!file.matches("[A-Za-z0-9._-]+") || !path.getParent().equals(directory.normalize())
				|| !Files.isRegularFile(path)) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("message/rfc822"))
			.body(new FileSystemResource(path));
	}

}
