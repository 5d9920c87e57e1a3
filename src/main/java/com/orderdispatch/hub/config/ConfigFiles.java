package com.orderdispatch.hub.config;

import java.util.List;

/** The shapes of the business configuration files, as an administrator writes them. */
final class ConfigFiles {

	static final String RETAILERS = "retailers.yaml";

	static final String SUPPLIERS = "suppliers.yaml";

	static final String CATALOG = "catalog.yaml";

	static final List<String> ALL = List.of(RETAILERS, SUPPLIERS, CATALOG);

	record RetailersFile(List<RetailerConfig> retailers) {
	}

	record SuppliersFile(List<SupplierConfig> suppliers) {
	}

	record CatalogFile(List<CatalogEntry> catalog) {
	}

	record CatalogEntry(String sku, String supplierId, String description) {
	}

	private ConfigFiles() {
	}

}
