package com.orderdispatch.hub.channel.sftp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.orderdispatch.hub.channel.SupplierOrderPayload;
import com.orderdispatch.hub.channel.csv.ChangeCsv;
import com.orderdispatch.hub.channel.csv.OrderCsv;
import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.channel.DeliveryOutcome;
import com.orderdispatch.hub.dispatch.ScheduledDeliveries;
import com.orderdispatch.hub.order.SupplierOrderView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

/**
 * What a scheduled SFTP run does, step by step, for the route channel-sftp: claim the supplier's due deliveries and
 * render each one's file from its frozen event; mark each delivered once its upload and rename succeeded; on a
 * failure, record it for the file under way and hand the rest back, due at once, for the next run.
 */
@Component("sftpDrop")
public class SftpDrop {

	private static final Logger log = LoggerFactory.getLogger(SftpDrop.class);

	private final ScheduledDeliveries deliveries;

	private final SupplierOrderPayload payloads;

	private final OrderCsv csv;

	private final ChangeCsv changes = new ChangeCsv();

	private final Clock clock;

	private final int filesPerClaim;

	private final int recordEvery;

	SftpDrop(ScheduledDeliveries deliveries, SupplierOrderPayload payloads, OrderCsv csv, Clock clock,
			SftpDropProperties properties) {
		this.deliveries = deliveries;
		this.payloads = payloads;
		this.csv = csv;
		this.clock = clock;
		this.filesPerClaim = properties.filesPerClaim();
		this.recordEvery = properties.recordEvery();
	}

	/** Claims the supplier's due deliveries (at most files-per-claim) and renders their files, oldest first. */
	public SftpRun claim(String supplierId) {
		List<Delivery> claimed = deliveries.claimDue(SftpChannel.NAME, supplierId, filesPerClaim);
		boolean full = claimed.size() >= filesPerClaim;
		var files = new ArrayList<SftpRun.SftpFile>(claimed.size());
		for (int i = 0; i < claimed.size(); i++) {
			Delivery delivery = claimed.get(i);
			try {
				files.add(file(delivery, !full && i == claimed.size() - 1));
			}
			catch (RuntimeException ex) {
				// A file that cannot even be rendered fails on its own; the others still go.
				deliveries.record(delivery, clock.instant(), new DeliveryOutcome.Retry(describe(ex), null));
			}
		}
		if (!files.isEmpty()) {
			log.info("SFTP run for {}: {} file(s) to drop", supplierId, files.size());
		}
		return new SftpRun(supplierId, files, full);
	}

	private SftpRun.SftpFile file(Delivery delivery, boolean last) {
		if (delivery.settings() == null) {
			throw new IllegalStateException(delivery.recipient().id() + " no longer has an active sftp channel");
		}
		SftpSettings settings = delivery.settings(SftpSettings.class);
		SupplierOrderView order = payloads.read(delivery.event());
		String type = delivery.event().type();
		if (ChangeCsv.isChange(type)) {
			return new SftpRun.SftpFile(delivery, changes.name(type, settings.fileNames().nameFor(order)),
					changes.write(type, order), last);
		}
		return new SftpRun.SftpFile(delivery, settings.fileNames().nameFor(order), csv.write(order, settings.layout()),
				last);
	}

	/** The upload of this file begins: its bytes become the message body. */
	public byte[] sending(SftpRun run, SftpRun.SftpFile file) {
		run.sending(file, clock.instant());
		// One grep for the order number follows it to its file too.
		if (file.delivery().orderNumber() != null) {
			MDC.put("orderNumber", file.delivery().orderNumber());
		}
		return file.content();
	}

	/**
	 * The file was uploaded and renamed into place: only now may its delivery become DELIVERED. Outcomes are handed
	 * to the recorder in batches of hub.sftp.record-every and committed while the next files upload; the run waits
	 * for them before it ends. A hub that dies before they are committed drops those files again, under the same
	 * names, after their lease.
	 */
	public void delivered(SftpRun run) {
		run.uploaded(run.sending(), new DeliveryOutcome.Delivered(null));
		MDC.remove("orderNumber");
		if (run.unrecordedCount() >= recordEvery) {
			run.recording(deliveries.recordAll(run.takeUnrecorded()));
		}
	}

	/** Hands over what is left to record and waits until every record of the run is committed. */
	private void record(SftpRun run) {
		run.recording(deliveries.recordAll(run.takeUnrecorded()));
		for (var records : run.takeRecording()) {
			try {
				for (Delivery lost : records.get(2, TimeUnit.MINUTES)) {
					log.warn("SFTP delivery {} of {} was dropped after its claim had expired; another run may drop it "
							+ "again", lost.idempotencyKey(), run.supplierId());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (ExecutionException | TimeoutException ex) {
				// Those files are in place but not recorded: after their lease they are dropped again, same names.
				log.warn("SFTP run for {}: recording dropped files failed: {}", run.supplierId(), describe(ex));
			}
		}
	}

	/** The upload under way failed: a failed attempt for that file; the rest were not tried and wait for the next run. */
	public void failed(SftpRun run, Exception failure) {
		record(run);
		SftpRun.SftpFile file = run.sending();
		if (file != null) {
			run.settled(file);
			deliveries.record(file.delivery(), run.startedAt(), new DeliveryOutcome.Retry(describe(failure), null));
			log.warn("SFTP drop of {} to {} failed: {}", file.name(), run.supplierId(), describe(failure));
			MDC.remove("orderNumber");
		}
		else {
			log.warn("SFTP run for {} failed: {}", run.supplierId(), describe(failure));
		}
	}

	/** The run ends: whatever it did not settle is due again at once, without counting as an attempt. */
	public void finish(SftpRun run) {
		record(run);
		List<SftpRun.SftpFile> left = run.unsettled();
		left.forEach(file -> deliveries.release(file.delivery()));
		if (!left.isEmpty()) {
			log.info("SFTP run for {} stopped with {} file(s) not dropped; they wait for the next run",
					run.supplierId(), left.size());
		}
	}

	private static String describe(Throwable failure) {
		var messages = new StringBuilder();
		Throwable first = failure;
		// The split wraps the upload's own failure; say what went wrong, not where.
		while (first instanceof org.apache.camel.CamelExchangeException && first.getCause() != null) {
			first = first.getCause();
		}
		for (Throwable cause = first; cause != null && messages.length() < 400; cause = cause.getCause()) {
			if (messages.length() > 0) {
				messages.append(": ");
			}
			messages.append(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
			if (cause.getCause() == cause) {
				break;
			}
		}
		return messages.toString();
	}

}
