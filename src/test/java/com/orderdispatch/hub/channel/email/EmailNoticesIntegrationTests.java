package com.orderdispatch.hub.channel.email;

import jakarta.mail.internet.MimeMessage;

import com.orderdispatch.hub.dispatch.Delivery;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@Test
	void tellsTheRetailerAboutACancellation() throws Exception {
		order("demo-shop-key", "NOTE-3", "acme", "Ada Lovelace", "");
		String number = jdbc.sql("""
				select so.supplier_order_number from supplier_order so join retailer_order o on o.id = so.order_id
				where o.retailer_order_ref = 'NOTE-3'""").query(String.class).single();

		producer.sendBody("direct:notify-retailer-cancellation",
				new RetailerCancellation(number, "Out of stock until March", "supplier"));

		assertThat(receivedBy("ops@demo-shop.example")).hasSize(1);
		MimeMessage notice = receivedBy("ops@demo-shop.example").get(0);
		assertThat(notice.getSubject()).isEqualTo("Order " + number + " was canceled");
		assertThat(notice.getMessageID()).isEqualTo("<cancel." + number + "@order-dispatch-hub>");
		assertThat((String) notice.getContent()).contains(number, "NOTE-3", "ACME Tools Ltd",
				"Canceled by: supplier", "Reason:      Out of stock until March", "43.48 EUR");
	}

	@Test
	void aCancellationNoticeForAnUnknownOrderFailsForTheCallerToSee() {
		assertThatThrownBy(() -> producer.sendBody("direct:notify-retailer-cancellation",
				new RetailerCancellation("ODH-404-nobody", "n/a", "admin")))
			.isInstanceOf(CamelExecutionException.class)
			.hasRootCauseInstanceOf(IllegalArgumentException.class);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

}
