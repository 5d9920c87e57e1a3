package com.orderdispatch.hub.reply;

import java.util.List;

import com.orderdispatch.hub.lifecycle.LifecycleCommand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyCommandsTests {

	@Test
	void readsShippedWithCarrierAndTrackingForTheWholeOrder() {
		var reading = ReplyCommands.read("SHIPPED DHL 00340434161234567890\r\n");

		assertThat(reading.notUnderstood()).isEmpty();
		assertThat(reading.commands()).containsExactly(
				new LifecycleCommand.Ship(null, "DHL", "00340434161234567890", null, List.of(), null));
	}

	@Test
	void readsPerLineCommandsPrefixedWithTheLineRef() {
		var reading = ReplyCommands.read("1: accept\n2: REJECT out_of_stock back in May\n3: SHIPPED UPS 1Z999 2\n");

		assertThat(reading.notUnderstood()).isEmpty();
		assertThat(reading.commands()).containsExactly(new LifecycleCommand.Accept(List.of("1"), null),
				new LifecycleCommand.Reject(List.of("2"), "OUT_OF_STOCK", "back in May"),
				new LifecycleCommand.Ship(null, "UPS", "1Z999", null, List.of(new LifecycleCommand.ShipLine("3", 2)),
						null));
	}

	@Test
	void stopsAtTheQuotedOrderEmailAndTheSignature() {
		var reading = ReplyCommands.read("ACCEPT\n\n-- \nJane, ACME\n> REJECT whatever\n");
		var quoted = ReplyCommands.read("ACCEPT\nOn Tue, 1 Dec 2026, orders@hub.example wrote:\n> CANCEL no\n");

		assertThat(reading.commands()).containsExactly(new LifecycleCommand.Accept(List.of(), null));
		assertThat(reading.notUnderstood()).isEmpty();
		assertThat(quoted.commands()).hasSize(1);
		assertThat(quoted.notUnderstood()).isEmpty();
	}

	@Test
	void namesEachLineItDidNotUnderstand() {
		var reading = ReplyCommands.read("ACCEPT\nthanks, will do\nSHIPPED DHL\nCANCEL\n2: SHIPPED DHL 123\n");

		assertThat(reading.commands()).hasSize(1);
		assertThat(reading.notUnderstood()).hasSize(4)
			.anySatisfy(problem -> assertThat(problem).startsWith("\"thanks, will do\": not a command"))
			.anySatisfy(problem -> assertThat(problem).contains("needs a carrier and a tracking number"))
			.anySatisfy(problem -> assertThat(problem).contains("CANCEL needs a note"))
			.anySatisfy(problem -> assertThat(problem).contains("needs its quantity"));
	}

	@Test
	void anEmptyReplyIsNotUnderstood() {
		var reading = ReplyCommands.read("\n> quoted only\n");

		assertThat(reading.commands()).isEmpty();
		assertThat(reading.notUnderstood()).containsExactly(
				"the reply holds no command (ACCEPT, REJECT, SHIPPED or CANCEL)");
	}

}
