package com.orderdispatch.hub.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One consistent snapshot of the business configuration: retailers, suppliers and the catalog. Replaced as a whole
 * when an administrator's edit is valid, so a request never sees half an edit.
 */
public record HubConfig(Map<String, RetailerConfig> retailers, Map<String, SupplierConfig> suppliers,
		Map<String, String> catalog) {

	public Optional<SupplierConfig> supplier(String id) {
		return Optional.ofNullable(suppliers.get(id));
	}

	public Optional<RetailerConfig> retailer(String id) {
		return Optional.ofNullable(retailers.get(id));
	}

	/** The supplier the catalog routes a SKU to. */
	public Optional<String> supplierForSku(String sku) {
		return Optional.ofNullable(catalog.get(sku));
	}

	public Optional<RetailerConfig> retailerByKey(String presentedKey) {
		return byKey(retailers.values(), RetailerConfig::apiKey, presentedKey);
	}

	public Optional<SupplierConfig> supplierByKey(String presentedKey) {
		return byKey(suppliers.values(), SupplierConfig::apiKey, presentedKey);
	}

	private static <T> Optional<T> byKey(Collection<T> holders, Function<T, String> key, String presentedKey) {
		T match = null;
		for (T holder : holders) {
			// Look at every entry and compare in constant time, so timing tells nothing about the keys.
			if (keysMatch(key.apply(holder), presentedKey)) {
				match = holder;
			}
		}
		return Optional.ofNullable(match);
	}

	static boolean keysMatch(String configured, String presented) {
		if (configured == null || configured.isEmpty() || presented == null) {
			return false;
		}
		return MessageDigest.isEqual(sha256(configured), sha256(presented));
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
