package com.orderdispatch.hub.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A set of files an administrator edits while the hub runs (the business configuration, the email templates),
 * applied as a whole: an edit that loads is put in force, one that does not is refused and the last good value keeps
 * serving. Edits are found by a digest of the files' contents, cheap for files this small and blind to mtime quirks.
 *
 * @param <T> what the files load into
 */
public final class EditableFiles<T> {

	private final Path directory;

	private final List<String> files;

	private final Function<Path, T> loader;

	private volatile T current;

	private volatile Instant appliedAt;

	private volatile String appliedFingerprint;

	private volatile String refusedFingerprint;

	/** The files' digest at the last look, to tell a settled edit from one still being written. */
	private String polledFingerprint;

	private volatile RuntimeException refusal;

	/** Loads the files now; a failure is thrown, since nothing can run on files it cannot trust. */
	public EditableFiles(Path directory, List<String> files, Function<Path, T> loader) {
		this.directory = directory;
		this.files = List.copyOf(files);
		this.loader = loader;
		this.appliedFingerprint = fingerprint();
		this.current = loader.apply(directory);
		this.appliedAt = Instant.now();
	}

	public Path directory() {
		return directory;
	}

	public T current() {
		return current;
	}

	public Instant appliedAt() {
		return appliedAt;
	}

	/** Why the newest edit was refused, while the files on disk still differ from what is in force; else null. */
	public RuntimeException refusal() {
		return refusal;
	}

	/**
	 * Applies the files if they changed and load. Answers the newly applied value; empty when nothing changed or the
	 * edit was refused (then {@link #refusal()} says why). The loader's exception is the refusal.
	 */
	public synchronized Optional<T> applyEdits() {
		String fingerprint = fingerprint();
		polledFingerprint = fingerprint;
		return apply(fingerprint);
	}

	/**
	 * As {@link #applyEdits}, for a watcher polling files an editor may be writing in place: an edit is taken only
	 * once the files read the same on two polls in a row. Read in the middle of a write, a file is empty or cut
	 * short, and was refused for that until the next poll read it whole.
	 */
	public synchronized Optional<T> applySettledEdits() {
		String fingerprint = fingerprint();
		boolean settled = fingerprint.equals(polledFingerprint);
		polledFingerprint = fingerprint;
		if (!settled && !fingerprint.equals(appliedFingerprint)) {
			return Optional.empty();
		}
		return apply(fingerprint);
	}

	private Optional<T> apply(String fingerprint) {
		if (fingerprint.equals(appliedFingerprint)) {
			// The files are back to what is in force (a refused edit was undone): nothing is refused any more.
			refusal = null;
			return Optional.empty();
		}
		if (refusal != null && fingerprint.equals(refusedFingerprint)) {
			return Optional.empty();
		}
		try {
			T edited = loader.apply(directory);
			current = edited;
			appliedFingerprint = fingerprint;
			appliedAt = Instant.now();
			refusal = null;
			return Optional.of(edited);
		}
		catch (RuntimeException ex) {
			refusal = ex;
			refusedFingerprint = fingerprint;
			return Optional.empty();
		}
	}

	private String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String file : files) {
				try {
					digest.update(Files.readAllBytes(directory.resolve(file)));
				}
				catch (NoSuchFileException ex) {
					digest.update((file + " missing").getBytes());
				}
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			return "unreadable " + Instant.now();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
