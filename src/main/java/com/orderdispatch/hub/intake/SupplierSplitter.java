package com.orderdispatch.hub.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.orderdispatch.hub.config.HubConfig;
import com.orderdispatch.hub.order.NewOrder;
import com.orderdispatch.hub.system.ApiProblem;
import com.orderdispatch.hub.system.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * Splits an order's lines by supplier: a line goes to its {@code supplierId}, or, without one, to the supplier the
 * catalog maps its SKU to. Suppliers keep the order in which their first line appears.
 */
@Component
class SupplierSplitter {

	List<NewOrder.NewSupplierOrder> split(OrderRequest request, HubConfig config) {
		var bySupplier = new LinkedHashMap<String, List<NewOrder.NewLine>>();
		var problems = new ArrayList<FieldProblem>();
		for (int i = 0; i < request.lines().size(); i++) {
			var line = request.lines().get(i);
			String supplierId = line.supplierId();
			if (supplierId != null) {
				if (config.supplier(supplierId).isEmpty()) {
					problems.add(new FieldProblem("lines[" + i + "].supplierId", "names no known supplier"));
					continue;
				}
			}
			else {
				supplierId = config.supplierForSku(line.sku()).orElse(null);
				if (supplierId == null) {
					problems.add(new FieldProblem("lines[" + i + "].sku",
							"is not in the catalog; name the line's supplierId or ask for the SKU to be added"));
					continue;
				}
			}
			bySupplier.computeIfAbsent(supplierId, id -> new ArrayList<>())
				.add(new NewOrder.NewLine(line.lineRef(), line.sku(), line.description(), line.quantity(),
						line.unitPrice()));
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.unprocessable(problems);
		}
		return bySupplier.entrySet()
			.stream()
			.map(entry -> new NewOrder.NewSupplierOrder(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
	}

}
