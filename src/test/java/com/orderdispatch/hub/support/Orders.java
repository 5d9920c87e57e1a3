package com.orderdispatch.hub.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every intake body the tests send: the samples with a fresh retailer reference, or an order built line by line
 * ({@link #order}), valid as it stands (a customer in London, placed 2026-11-22) so a test names only what it is
 * about.
 */
public final class Orders {

	private Orders() {
	}

	public static String uniqueRef() {
		return "T-" + UUID.randomUUID();
	}

	public static String sampleWithRef(String sample, String ref) {
		return ApiClient.sample(sample).replaceFirst("\"retailerOrderRef\": \"[^\"]*\"", "\"retailerOrderRef\": \"" + ref + "\"");
	}

	public static String multiSupplier(String ref) {
		return sampleWithRef("order-multi-supplier.json", ref);
	}

	/** An order under this retailer reference; add its lines, then {@link Builder#json()}. */
	public static Builder order(String ref) {
		return new Builder(ref);
	}

	public static final class Builder {

		private final String ref;

		private String customer = """
				{"name": "Ada Lovelace", "email": "ada@example.com"}""";

		private String shipTo = """
				{"name": "Ada Lovelace", "line1": "1 Main St", "city": "London", "postalCode": "SW1Y 4JH", "country": "GB"}""";

		private final List<String> lines = new ArrayList<>();

		private String notes;

		private Builder(String ref) {
			this.ref = ref;
		}

		public Builder customer(String name, String email, String phone) {
			this.customer = """
					{"name": "%s", "email": "%s"%s}""".formatted(name, email,
					phone == null ? "" : ", \"phone\": \"" + phone + "\"");
			return this;
		}

		public Builder shipTo(String name, String company, String line1, String city, String postalCode,
				String country) {
			this.shipTo = """
					{"name": "%s", "company": "%s", "line1": "%s", "city": "%s", "postalCode": "%s", "country": "%s"}"""
				.formatted(name, company, line1, city, postalCode, country);
			return this;
		}

		/** A line; {@code quantity} as written in the JSON, so a test can send a bad one ("1.5", "\"2\""). */
		public Builder line(String lineRef, String sku, String supplierId, String description, Object quantity,
				String unitPrice) {
			lines.add("""
					{"lineRef": "%s", "sku": "%s", "supplierId": "%s"%s, "quantity": %s, "unitPrice": "%s"}"""
				.formatted(lineRef, sku, supplierId, description == null ? "" : ", \"description\": \"" + description + "\"",
						quantity, unitPrice));
			return this;
		}

		public Builder notes(String notes) {
			this.notes = notes;
			return this;
		}

		/** A line as written, for what {@link #line} cannot say. */
		public Builder line(String json) {
			lines.add(json);
			return this;
		}

		public String json() {
			return """
					{"retailerOrderRef": "%s", "placedAt": "2026-11-22T09:30:00Z", "currency": "EUR",
					 "customer": %s,
					 "shipTo": %s,
					 "lines": [%s]%s}""".formatted(ref, customer, shipTo, String.join(",", lines),
					notes == null ? "" : ", \"notes\": \"" + notes + "\"");
		}

	}

}
