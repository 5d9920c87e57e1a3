package com.orderdispatch.hub.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;

import com.orderdispatch.hub.lifecycle.Lifecycle;
import com.orderdispatch.hub.lifecycle.Target;
import com.orderdispatch.hub.order.Actor;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.FieldProblem;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inbound status files own the way back for suppliers without an API: each row of a file is applied through the
 * same lifecycle rules as the supplier API, as the supplier. A file is applied once, in one transaction with its
 * entry in Camel's JDBC idempotent repository (keyed by supplier and content), so the same file dropped again, or
 * read by a second hub instance at the same moment, changes nothing. Refused rows come back as an error report.
 */
@Component("statusFiles")
class StatusFiles {

	/** The name the file moves to (below its done folder), and its error report's name with .errors.csv. */
	static final String PROCESSED_NAME = "hubProcessedName";

	/** Where the file moves: processed/ once applied, error/ when it could not be applied at all. */
	static final String DONE_FOLDER = "hubDoneFolder";

	static final String PROCESSED = "processed";

	static final String ERROR = "error";

	private static final Logger log = LoggerFactory.getLogger(StatusFiles.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")
		.withZone(ZoneOffset.UTC);

	private final Lifecycle lifecycle;

	private final IdempotentRepository appliedFiles;

	private final TransactionTemplate transaction;

	private final Clock clock;

	StatusFiles(Lifecycle lifecycle, @Qualifier("inboundAppliedFiles") IdempotentRepository appliedFiles,
			TransactionTemplate transaction, Clock clock) {
		this.lifecycle = lifecycle;
		this.appliedFiles = appliedFiles;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Names the file's place in processed/: a time stamp, then the name with anything but [A-Za-z0-9._-] replaced. */
	public void name(@Header(Exchange.FILE_NAME_ONLY) String fileName, Exchange exchange) {
		String safe = (fileName == null ? "file" : fileName).replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
		exchange.getMessage().setHeader(PROCESSED_NAME, STAMP.format(clock.instant()) + "-" + safe);
		exchange.getMessage().setHeader(DONE_FOLDER, PROCESSED);
	}

	/**
	 * Applies a file and answers its error report, or null when every row was applied (or the file had been applied
	 * before). A file that is empty, not UTF-8 text or wrongly headed is not applied, not recorded as applied (so a
	 * corrected file with the same name is read), and goes to error/ with its report. The report's path below the
	 * inbound directory is set in {@link Exchange#FILE_NAME}, the file's done folder in {@link #DONE_FOLDER}.
	 */
	public byte[] apply(@Body byte[] content, @Header("hubSupplierId") String supplierId,
			@Header(PROCESSED_NAME) String processedName, Exchange exchange) {
		try (var ignored = MDC.putCloseable("supplierId", supplierId)) {
			List<StatusFileFormat.Row> rows;
			try {
				rows = StatusFileFormat.read(content == null ? new byte[0] : content);
			}
			catch (StatusFileFormat.Refused refused) {
				// Once per file: it moves to error/ and is never read again.
				log.warn("Status file {} of {} refused as a whole, moved to error/ with its report: {}", processedName,
						supplierId, refused.getMessage());
				exchange.getMessage().setHeader(DONE_FOLDER, ERROR);
				return report(exchange, ERROR, processedName,
						List.of(new ErrorReport.Refusal(refused.line(), null, null, null, refused.getMessage())));
			}
			var refusals = new ArrayList<ErrorReport.Refusal>();
			boolean applied = applyOnce(supplierId, content, rows, processedName, refusals);
			if (!applied || refusals.isEmpty()) {
				return null;
			}
			return report(exchange, PROCESSED, processedName, refusals);
		}
	}

	private static byte[] report(Exchange exchange, String folder, String processedName,
			List<ErrorReport.Refusal> refusals) {
		exchange.getMessage().setHeader(Exchange.FILE_NAME, folder + "/" + processedName + ".errors.csv");
		return ErrorReport.write(refusals);
	}

	private boolean applyOnce(String supplierId, byte[] content, List<StatusFileFormat.Row> rows, String name,
			List<ErrorReport.Refusal> refusals) {
		String key = key(supplierId, content);
		var changed = new LinkedHashSet<Long>();
		Boolean applied;
		try {
			applied = transaction.execute(status -> {
				if (!appliedFiles.add(key)) {
					return false;
				}
				applyRows(supplierId, rows, refusals, changed);
				return true;
			});
		}
		catch (DuplicateKeyException ex) {
			// Another instance applied the same file at the same moment and committed first.
			applied = false;
		}
		if (!Boolean.TRUE.equals(applied)) {
			log.info("Status file {} of {} was applied before; moved to processed/ without applying it again", name,
					supplierId);
			return false;
		}
		lifecycle.committed(changed);
		log.info("Status file {} of {} applied: {} row(s) refused", name, supplierId, refusals.size());
		return true;
	}

	private void applyRows(String supplierId, List<StatusFileFormat.Row> rows, List<ErrorReport.Refusal> refusals,
			java.util.Set<Long> changed) {
		var commands = RowCommands.of(rows);
		refusals.addAll(commands.refusals());
		for (var step : commands.steps()) {
			try {
				// In this file's transaction; a refusal is thrown before anything is written, so the rest goes on.
				var result = lifecycle.applyInTransaction(Target.ofSupplier(supplierId, step.supplierOrderNumber()),
						Actor.SUPPLIER, step.command());
				changed.add(result.supplierOrderId());
			}
			catch (ApiProblem problem) {
				String reason = problem.status() == 404 ? "no supplier order " + step.supplierOrderNumber() + " of yours"
						: describe(problem);
				step.rows().forEach(row -> refusals.add(new ErrorReport.Refusal(row.line(), row.supplierOrderNumber(),
						row.action(), row.lineRef(), reason)));
			}
		}
		refusals.sort(java.util.Comparator.comparingLong(ErrorReport.Refusal::line));
	}

	private static String describe(ApiProblem problem) {
		if (problem.errors().isEmpty()) {
			return problem.getMessage();
		}
		var parts = new ArrayList<String>();
		for (FieldProblem error : problem.errors()) {
			parts.add(error.field() + " " + error.message());
		}
		return problem.getMessage() + " " + String.join("; ", parts);
	}

	/** The supplier and a hash of the content: the same bytes from the same supplier are one file, whatever its name. */
	private static String key(String supplierId, byte[] content) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(supplierId.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			return HexFormat.of().formatHex(digest.digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
