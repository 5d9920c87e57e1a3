package com.orderdispatch.hub.reply;

import com.orderdispatch.hub.support.ApiClient;
import com.orderdispatch.hub.support.HubTest;
import com.orderdispatch.hub.support.LifecycleClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A supplier's email reply, as read from the mailbox, applied to its order against the started hub. */
@HubTest
class ReplyApplierIntegrationTests {

	static final String ACME = "acme-test-key";

	@LocalServerPort
	int port;

	@Autowired
	ReplyApplier replies;

	LifecycleClient lifecycle;

	@BeforeEach
	void client() {
		lifecycle = new LifecycleClient(new ApiClient(port));
	}

	@Test
	void aShippedReplyShipsTheOrderOnce() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		var reply = new SupplierReply("<r1-" + number + "@acme.example>", "Orders@acme.example",
				"Re: New order " + number + " " + replies.reference(number), "SHIPPED DHL 00340434161234567890\n\n> old");

		var first = replies.apply(reply);
		var again = replies.apply(reply);

		assertThat(first).isEqualTo(new ReplyOutcome.Applied(number, 1, java.util.List.of()));
		assertThat(again).isEqualTo(new ReplyOutcome.AlreadyApplied(reply.messageId()));
		var order = lifecycle.supplierOrder(ACME, number);
		assertThat(order.get("status").asText()).isEqualTo("SHIPPED");
		assertThat(order.toString()).contains("00340434161234567890");
		assertThat(order.get("shipments").size()).isEqualTo(1);
	}

	@Test
	void aReplyFromAnAddressNotTheSuppliersIsRefused() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		var forged = new SupplierReply("<f1-" + number + "@evil.example>", "orders@evil.example",
				"Re: " + replies.reference(number), "CANCEL no longer wanted");

		var outcome = replies.apply(forged);

		assertThat(outcome).isInstanceOf(ReplyOutcome.Refused.class);
		assertThat(lifecycle.supplierOrder(ACME, number).get("status").asText()).isNotIn("CANCELLED", "SHIPPED");
	}

	@Test
	void aReplyWithoutTheSignedReferenceIsRefused() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		var unsigned = new SupplierReply("<u1-" + number + "@acme.example>", "orders@acme.example",
				"Re: New order " + number + " [ref " + number + ".AAAAAAAAAAAAAAAAAAAAAA]", "ACCEPT");

		assertThat(replies.apply(unsigned)).isInstanceOf(ReplyOutcome.Refused.class);
	}

	@Test
	void linesNotUnderstoodAreNamedAndTheRestApplies() {
		String number = lifecycle.placeThreeLines("acme") + "-01";
		var reply = new SupplierReply("<n1-" + number + "@acme.example>", "orders@acme.example",
				"Re: " + replies.reference(number), "ACCEPT\nplease call me\n");

		var outcome = (ReplyOutcome.Applied) replies.apply(reply);

		assertThat(outcome.commands()).isEqualTo(1);
		assertThat(outcome.notUnderstood()).singleElement().asString().startsWith("\"please call me\"");
		assertThat(lifecycle.supplierOrder(ACME, number).get("status").asText()).isEqualTo("ACCEPTED");
	}

}
