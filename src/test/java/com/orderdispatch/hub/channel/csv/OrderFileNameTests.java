package com.orderdispatch.hub.channel.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderFileNameTests {

	@Test
	void namesTheFileAfterTheSupplierOrderByDefault() {
		assertThat(OrderFileName.of(null).nameFor(OrderCsvTests.order(null))).isEqualTo("ODH-1-acme.csv");
	}

	@Test
	void fillsAPatternFromTheOrdersFields() {
		var name = OrderFileName.of("{retailerId}_{placedDate}_{supplierOrderNumber}.csv");

		assertThat(name.nameFor(OrderCsvTests.order(null))).isEqualTo("demo-shop_20261122_ODH-1-acme.csv");
	}

	@Test
	void keepsHostileValuesInsideTheDirectory() {
		var name = OrderFileName.of("{retailerOrderRef}-{supplierOrderNumber}.csv");
		var base = OrderCsvTests.order(null);
		var hostile = new com.orderdispatch.hub.order.SupplierOrderView(base.supplierOrderNumber(),
				base.orderNumber(), base.supplierId(), base.retailerId(), "../../etc/passwd\r\n", base.placedAt(),
				base.status(), base.currency(), base.total(), base.customer(), base.shipTo(), null, base.lines(),
				base.statusHistory(), base.updatedAt(), 1);

		String file = name.nameFor(hostile);

		assertThat(file).doesNotContain("/", "\\", "..", "\r", "\n").endsWith("-ODH-1-acme.csv");
		assertThat(OrderFileName.safe(".hidden")).isEqualTo("_hidden");
	}

	@Test
	void refusesPatternsThatCouldEscapeCollideOrHide() {
		assertThat(OrderFileName.problem("../{supplierOrderNumber}.csv")).isPresent();
		assertThat(OrderFileName.problem("out/{supplierOrderNumber}.csv")).isPresent();
		assertThat(OrderFileName.problem("out\\{supplierOrderNumber}.csv")).isPresent();
		assertThat(OrderFileName.problem(".{supplierOrderNumber}.csv")).isPresent();
		assertThat(OrderFileName.problem("{orderNumber}.csv")).isPresent();
		assertThat(OrderFileName.problem("{supplierOrderNumber}{nope}.csv")).isPresent();
		assertThat(OrderFileName.problem("{supplierOrderNumber} x.csv")).isPresent();
		assertThat(OrderFileName.problem("PO_{supplierOrderNumber}.csv")).isEmpty();
		assertThatThrownBy(() -> OrderFileName.of("/{supplierOrderNumber}")).isInstanceOf(IllegalArgumentException.class);
	}

}
