package com.orderdispatch.hub.console;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.channel.email.EmailSettings;
import com.orderdispatch.hub.channel.webhook.WebhookSettings;
import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.DeliveryEvent;
import com.orderdispatch.hub.dispatch.channel.DeliveryOutcome;
import com.orderdispatch.hub.dispatch.Recipient;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Send test": one test message through a supplier's channel, at once, with the outcome, outside the outbox (a test
 * is not a delivery and is never retried). A webhook gets a signed {@code hub.test} event (no order in it) through
 * the supplier's own channel route; an email channel gets a short test email through the hub's SMTP settings to the
 * supplier's addresses.
 */
@Component
class ChannelTester {

	static final String TEST_EVENT = "hub.test";

	/** The channels a test can go through; a file drop (SFTP, directory) would put a stray file in the supplier's import. */
	static final java.util.Set<String> TESTABLE = java.util.Set.of("webhook", "email");

	/** @param ok whether the channel took the message */
	record Outcome(String channel, boolean ok, String message) {
	}

	private final CamelContext camel;

	private final ProducerTemplate producer;

	private final LiveConfig config;

	private final String mailFrom;

	ChannelTester(CamelContext camel, LiveConfig config, @Value("${hub.mail.from}") String mailFrom) {
		this.camel = camel;
		this.producer = camel.createProducerTemplate();
		this.config = config;
		this.mailFrom = mailFrom;
	}

	Outcome test(String supplierId, String channel) {
		var supplier = config.current().supplier(supplierId).orElse(null);
		if (supplier == null) {
			return new Outcome(channel, false, "There is no supplier '" + supplierId + "' in force.");
		}
		if (!supplier.channelsOrNone().enabled().contains(channel)) {
			return new Outcome(channel, false, supplierId + " does not use the " + channel + " channel.");
		}
		long started = System.nanoTime();
		try {
			String result = switch (channel) {
				case "webhook" -> webhook(supplier);
				case "email" -> email(supplier);
				default -> null;
			};
			if (result == null) {
				return new Outcome(channel, false, "Sending a test through " + channel + " is not supported yet.");
			}
			return new Outcome(channel, true, result + " in " + millis(started) + " ms.");
		}
		catch (RuntimeException ex) {
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			return new Outcome(channel, false, "Failed after " + millis(started) + " ms: "
					+ (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
		}
	}

	/** A signed {@code hub.test} event through the supplier's own webhook route, exactly as a delivery goes. */
	private String webhook(SupplierConfig supplier) {
		var settings = supplier.channelsOrNone().active("webhook", WebhookSettings.class).orElseThrow();
		Instant now = Instant.now();
		String payload = "{\"type\":\"" + TEST_EVENT + "\",\"subject\":\"" + supplier.id() + "\",\"timestamp\":\""
				+ now + "\",\"data\":{\"message\":\"A test from the Order Dispatch Hub. No order; nothing to do.\"}}";
		var event = new DeliveryEvent(0, TEST_EVENT, supplier.id(), null, now, payload);
		var delivery = new Delivery(0, "test-" + UUID.randomUUID(), 1, "webhook", Recipient.supplier(supplier.id()),
				event, settings);
		Exchange exchange = producer.send("direct:channel-webhook-" + supplier.id(),
				ex -> ex.getMessage().setBody(delivery));
		if (exchange.getException() != null) {
			throw new IllegalStateException(exchange.getException());
		}
		var outcome = exchange.getMessage().getBody(DeliveryOutcome.class);
		String status = outcome == null || outcome.httpStatus() == null ? "" : ": HTTP " + outcome.httpStatus();
		if (!(outcome instanceof DeliveryOutcome.Delivered)) {
			throw new IllegalStateException(new IllegalStateException("Refused by " + settings.url() + status));
		}
		return "Delivered to " + settings.url() + status;
	}

	private String email(SupplierConfig supplier) {
		var email = supplier.channelsOrNone().active("email", EmailSettings.class).orElseThrow();
		String to = String.join(",", email.to());
		String uri = camel.resolvePropertyPlaceholders("{{hub.mail.uri}}");
		Exchange exchange = producer.send(uri, ex -> {
			ex.getMessage().setHeader("To", to);
			ex.getMessage().setHeader("From", mailFrom);
			ex.getMessage().setHeader("Subject", "Test from the Order Dispatch Hub");
			ex.getMessage().setHeader("Content-Type", "text/plain; charset=UTF-8");
			ex.getMessage().setBody("This is a test message from the Order Dispatch Hub to check that email reaches "
					+ supplier.name() + ". No order is attached; nothing needs to be done.");
		});
		if (exchange.getException() != null) {
			throw new IllegalStateException(exchange.getException());
		}
		return "Sent to " + to;
	}

	private static long millis(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
	}

}
