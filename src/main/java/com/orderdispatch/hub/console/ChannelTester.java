package com.orderdispatch.hub.console;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.orderdispatch.hub.config.LiveConfig;
import com.orderdispatch.hub.config.SupplierConfig;
import com.orderdispatch.hub.dispatch.Delivery;
import com.orderdispatch.hub.dispatch.DeliveryRecorder;
import com.orderdispatch.hub.order.OrderCounts;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Send test": one test message through a supplier's channel, at once, with the outcome, outside the outbox (a test
 * is not a delivery and is never retried). A webhook gets a signed {@code hub.test} event carrying the supplier's
 * newest order, sent by the supplier's own channel route; an email channel gets a short test email through the
 * hub's SMTP settings to the supplier's addresses.
 */
@Component
class ChannelTester {

	static final String TEST_EVENT = "hub.test";

	/** @param ok whether the channel took the message */
	record Outcome(String channel, boolean ok, String message) {
	}

	private final CamelContext camel;

	private final ProducerTemplate producer;

	private final LiveConfig config;

	private final OrderCounts orders;

	private final String mailFrom;

	ChannelTester(CamelContext camel, LiveConfig config, OrderCounts orders,
			@Value("${hub.mail.from:orders@hub.example}") String mailFrom) {
		this.camel = camel;
		this.producer = camel.createProducerTemplate();
		this.config = config;
		this.orders = orders;
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

	private String webhook(SupplierConfig supplier) {
		var newest = orders.newestSupplierOrder(supplier.id()).orElse(null);
		if (newest == null) {
			throw new IllegalStateException(new IllegalStateException(
					supplier.id() + " has no order yet to carry in a test event"));
		}
		var delivery = new Delivery(0, newest.getValue(), "test-" + UUID.randomUUID(), newest.getKey(),
				supplier.id(), "webhook", TEST_EVENT, Instant.now(), 1);
		Exchange exchange = producer.send("direct:channel-webhook-" + supplier.id(),
				ex -> ex.getMessage().setBody(delivery));
		if (exchange.getException() != null) {
			throw new IllegalStateException(exchange.getException());
		}
		Object status = exchange.getProperty(DeliveryRecorder.HTTP_STATUS);
		return "Delivered to " + supplier.channelsOrNone().webhook().url() + (status == null ? "" : ": HTTP " + status);
	}

	private String email(SupplierConfig supplier) {
		var email = supplier.channelsOrNone().email();
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
