package com.orderdispatch.hub.apidoc;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The check of webhook events against the description notices an event that is not as documented. */
class WebhookEventContractTests {

	private static final String DATA = """
			{"supplierOrderNumber": "ODH-100001-01", "orderNumber": "ODH-100001", "supplierId": "acme",
			 "retailerId": "demo-shop", "retailerOrderRef": "R-1", "placedAt": "2026-11-22T09:30:00Z",
			 "status": "PENDING", "currency": "EUR", "total": "7.00",
			 "customer": {"name": "Ada Lovelace"},
			 "shipTo": {"name": "Ada Lovelace", "line1": "1 Main St", "city": "London", "postalCode": "SW1Y 4JH", "country": "GB"},
			 "lines": [{"lineRef": "1", "sku": "SKU-1", "quantity": 2, "unitPrice": "3.50", "lineTotal": "7.00",
			            "status": "PENDING", "shippedQuantity": 0%s}],
			 "statusHistory": [{"to": "PENDING", "at": "2026-11-22T09:30:01Z", "actor": "RETAILER"}],
			 "shipments": []}""";

	@Test
	void aDocumentedEventPasses() {
		assertThat(WebhookEventContract.problems(event("supplier_order.created", ""))).isEmpty();
	}

	@Test
	void anUndocumentedTypeOrFieldIsNamed() {
		assertThat(WebhookEventContract.problems(event("supplier_order.shipped", ""))).singleElement()
			.asString()
			.contains("supplier_order.shipped");
		assertThat(WebhookEventContract.problems(event("supplier_order.created", ", \"weight\": 3")))
			.anySatisfy(problem -> assertThat(problem).contains("weight"));
	}

	private static byte[] event(String type, String extraLineField) {
		return """
				{"type": "%s", "subject": "ODH-100001-01", "timestamp": "2026-11-22T09:30:01Z", "data": %s}"""
			.formatted(type, DATA.formatted(extraLineField))
			.getBytes(StandardCharsets.UTF_8);
	}

}
