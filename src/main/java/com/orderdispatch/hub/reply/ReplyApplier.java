package com.orderdispatch.hub.reply;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.lifecycle.Lifecycle;
import com.orderdispatch.hub.lifecycle.Target;
import com.orderdispatch.hub.order.Actor;
import com.orderdispatch.hub.system.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reply feature's entry point: a supplier answers its order email by replying to it. A reply counts only with a
 * subject reference signed by the hub ({@link ReplyToken}) and from one of the supplier's own addresses (its email
 * channel's {@code to} and its {@code contactEmail}); it is applied once per Message-ID, as the supplier, in one
 * transaction with the record that it was.
 */
@Component("replyApplier")
class ReplyApplier {

	private static final Logger log = LoggerFactory.getLogger(ReplyApplier.class);

	private final ReplyToken token;

	private final LiveConfig config;

	private final Lifecycle lifecycle;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReplyApplier(ReplyToken token, LiveConfig config, Lifecycle lifecycle, JdbcClient jdbc,
			TransactionTemplate transaction, Clock clock) {
		this.token = token;
		this.config = config;
		this.lifecycle = lifecycle;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What the order email's subject carries so its reply finds its way back. */
	String reference(String supplierOrderNumber) {
		return token.reference(supplierOrderNumber);
	}

	ReplyOutcome apply(SupplierReply reply) {
		if (reply.messageId() == null || reply.messageId().isBlank()) {
			return new ReplyOutcome.Refused("the reply has no Message-ID");
		}
		Optional<String> number = token.verifiedNumber(reply.subject());
		if (number.isEmpty()) {
			return new ReplyOutcome.Refused("the subject carries no order reference signed by the hub");
		}
		Optional<String> supplierId = jdbc.sql("select supplier_id from supplier_order where supplier_order_number = ?")
			.param(number.get())
			.query(String.class)
			.optional();
		if (supplierId.isEmpty() || !fromSupplier(supplierId.get(), reply.from())) {
			log.warn("Reply {} for supplier order {} refused: {} is not an address of its supplier",
					reply.messageId(), number.get(), reply.from());
			return new ReplyOutcome.Refused("the sender is not an address of the order's supplier");
		}
		var changed = new ArrayList<Long>();
		ReplyOutcome outcome;
		try {
			outcome = transaction.execute(status -> applyOnce(reply, number.get(), supplierId.get(), changed));
		}
		catch (DuplicateKeyException ex) {
			return new ReplyOutcome.AlreadyApplied(reply.messageId());
		}
		lifecycle.committed(changed);
		return outcome;
	}

	private ReplyOutcome applyOnce(SupplierReply reply, String number, String supplierId, List<Long> changed) {
		jdbc.sql("insert into email_reply (message_id, supplier_order_number, supplier_id, received_at) "
				+ "values (?, ?, ?, ?)")
			.params(reply.messageId(), number, supplierId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
		var reading = ReplyCommands.read(reply.text());
		var problems = new ArrayList<>(reading.notUnderstood());
		int applied = 0;
		for (var command : reading.commands()) {
			try {
				changed.add(lifecycle.applyInTransaction(Target.ofSupplier(supplierId, number), Actor.SUPPLIER, command)
					.supplierOrderId());
				applied++;
			}
			catch (ApiProblem refused) {
				// Refused before anything was written: the rest of the reply still applies.
				problems.add(command.getClass().getSimpleName().toUpperCase(Locale.ROOT) + ": " + refused.getMessage());
			}
		}
		log.info("Reply {} for supplier order {} applied {} command(s), {} not understood", reply.messageId(), number,
				applied, problems.size());
		return new ReplyOutcome.Applied(number, applied, List.copyOf(problems));
	}

	private boolean fromSupplier(String supplierId, String from) {
		if (from == null) {
			return false;
		}
		return config.current().supplier(supplierId).map(supplier -> addresses(supplier)
			.anyMatch(address -> address.equalsIgnoreCase(from.strip()))).orElse(false);
	}

	private static Stream<String> addresses(SupplierConfig supplier) {
		var email = supplier.channelsOrNone().byName().get("email");
		Stream<String> channel = email instanceof com.orderdispatch.hub.channel.email.EmailSettings settings
				&& settings.to() != null ? settings.to().stream() : Stream.empty();
		return Stream.concat(channel, Stream.ofNullable(supplier.contactEmail()));
	}

}
