package com.orderdispatch.hub.channel.email;

import jakarta.mail.internet.MimeMessage;

import com.orderdispatch.hub.dispatch.channel.Delivery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailNoticesIntegrationTests extends EmailIntegrationTestSupport {

	@Test
	void tellsTheSuppliersCounterAboutANewOrderAfterTheOrderEmail() throws Exception {
		Delivery delivery = order("demo-shop-key", "NOTE-1", "acme", "Ada Lovelace", "");

		awaitDelivered(delivery);

		assertThat(receivedBy("counter@acme.example")).hasSize(1);
		MimeMessage notice = receivedBy("counter@acme.example").get(0);
		String number = receivedBy("orders@acme.example").get(0).getHeader("X-Supplier-Order-Number", null);
		assertThat(notice.getSubject()).isEqualTo("New order " + number + " pending acceptance");
		assertThat(notice.getMessageID()).isEqualTo("<" + delivery.idempotencyKey() + ".notice@order-dispatch-hub>");
		assertThat(notice.isMimeType("text/plain")).isTrue();
		assertThat(notice.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		assertThat((String) notice.getContent()).contains(number, "Demo Shop", "43.48 EUR")
			.doesNotContain("http");
	}

	@Test
	void aFailedNoticeDoesNotFailTheDelivery() {
		Delivery delivery = order("demo-shop-key", "NOTE-4", "acme", "Ada Lovelace", "");
		awaitDelivered(delivery);
		smtp.stop();

		// The order email went out before; the notice route logs its own failure and completes.
		var noticed = producer.send("direct:notify-supplier-new-order", exchange -> exchange.getIn().setBody(delivery));

		smtp.start();
		assertThat(noticed.isFailed()).isFalse();
		assertThat(status(delivery)).isEqualTo("DELIVERED");
		assertThat(attempts(delivery)).isOne();
	}

	@Test
	void sendsNoNoticeToASupplierThatSwitchedItOff() throws Exception {
		Delivery delivery = order("demo-shop-key", "NOTE-2", "plainco", "Ada Lovelace", "");

		awaitDelivered(delivery);

		assertThat(receivedBy("orders@plainco.example")).hasSize(1);
		assertThat(receivedBy("desk@plainco.example")).isEmpty();
	}

}
