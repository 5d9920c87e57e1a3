package com.orderdispatch.hub.channel;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdispatch.hub.dispatch.DeliveryEvent;
import com.orderdispatch.hub.order.SupplierOrderView;

import org.springframework.stereotype.Component;

/**
 * Reads the supplier order out of a frozen event's payload ({@code "data"} of a {@code supplier_order.*} event), so
 * channels render the email or the CSV from what was stored when the event happened, never from the live order.
 */
@Component
public class SupplierOrderPayload {

	private final ObjectMapper json;

	SupplierOrderPayload(ObjectMapper json) {
		this.json = json;
	}

	public SupplierOrderView read(DeliveryEvent event) {
		try {
			return json.treeToValue(json.readTree(event.payload()).path("data"), SupplierOrderView.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The payload of event " + event.id() + " (" + event.type()
					+ ") is not a supplier order", ex);
		}
	}

}
