package com.orderdispatch.hub.lifecycle;

import java.util.List;

/** Which supplier order a command is for: a supplier's own by number, any by number (admin), or by id. */
public record Target(String where, List<Object> params) {

	public static Target ofSupplier(String supplierId, String supplierOrderNumber) {
		return new Target("supplier_order_number = ? and supplier_id = ?", List.of(supplierOrderNumber, supplierId));
	}

	public static Target ofNumber(String supplierOrderNumber) {
		return new Target("supplier_order_number = ?", List.of(supplierOrderNumber));
	}

	public static Target ofId(long id) {
		return new Target("id = ?", List.of(id));
	}

}
