package com.orderdispatch.hub.support;

import java.util.UUID;

/** Builds intake bodies from the samples with a fresh retailer reference, so tests never collide. */
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

}
