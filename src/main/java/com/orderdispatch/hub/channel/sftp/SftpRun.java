package com.orderdispatch.hub.channel.sftp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.channel.DeliveryOutcome;
import com.orderdispatch.hub.dispatch.ScheduledDeliveries;

/**
 * One claim of a scheduled run: the files to drop, in order, and how far the drop got. The route walks the files;
 * whatever is not settled when it stops (the server went away, the hub is stopping) goes back to wait for the next
 * run. Only the run's own thread touches it.
 */
public final class SftpRun {

	/** One order file: the delivery it settles, its name, its bytes, and whether the session ends after it. */
	public record SftpFile(Delivery delivery, String name, byte[] content, boolean last) {
	}

	private final String supplierId;

	private final List<SftpFile> files;

	private final boolean full;

	private final List<SftpFile> settled = new ArrayList<>();

	private final List<ScheduledDeliveries.Outcome> unrecorded = new ArrayList<>();

	private final List<CompletableFuture<List<Delivery>>> recording = new ArrayList<>();

	private SftpFile sending;

	private Instant startedAt;

	/** @param full the claim took as many as it could: more may be due, so the run claims again afterwards */
	SftpRun(String supplierId, List<SftpFile> files, boolean full) {
		this.supplierId = supplierId;
		this.files = List.copyOf(files);
		this.full = full;
	}

	public String supplierId() {
		return supplierId;
	}

	public List<SftpFile> files() {
		return files;
	}

	/** Whether the run should claim again after these files. */
	public boolean more() {
		return full;
	}

	void sending(SftpFile file, Instant now) {
		sending = file;
		startedAt = now;
	}

	/** The file whose upload is under way, or null. */
	SftpFile sending() {
		return sending;
	}

	Instant startedAt() {
		return startedAt;
	}

	void settled(SftpFile file) {
		settled.add(file);
		if (sending == file) {
			sending = null;
		}
	}

	/** The file under way is in place under its name; its outcome waits to be recorded with others. */
	void uploaded(SftpFile file, DeliveryOutcome outcome) {
		unrecorded.add(new ScheduledDeliveries.Outcome(file.delivery(), startedAt, outcome));
		settled(file);
	}

	int unrecordedCount() {
		return unrecorded.size();
	}

	/** The outcomes not recorded yet, handed over once. */
	List<ScheduledDeliveries.Outcome> takeUnrecorded() {
		var taken = List.copyOf(unrecorded);
		unrecorded.clear();
		return taken;
	}

	/** Records handed over and not awaited yet. */
	void recording(CompletableFuture<List<Delivery>> records) {
		recording.add(records);
	}

	/** The records handed over so far, handed out once, to be awaited. */
	List<CompletableFuture<List<Delivery>>> takeRecording() {
		var taken = List.copyOf(recording);
		recording.clear();
		return taken;
	}

	List<SftpFile> unsettled() {
		return files.stream().filter(file -> !settled.contains(file)).toList();
	}

}
