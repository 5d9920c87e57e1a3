package com.orderdispatch.hub.channel.directory;

import com.orderdispatch.hub.channel.SupplierOrderPayload;
import com.orderdispatch.hub.channel.csv.ChangeCsv;
import com.orderdispatch.hub.channel.csv.OrderCsv;
import com.orderdispatch.hub.dispatch.channel.Delivery;
import com.orderdispatch.hub.dispatch.channel.DeliveryOutcome;
import com.orderdispatch.hub.order.SupplierOrderView;

import org.springframework.stereotype.Component;

/** Renders a delivery's order file from its frozen event, for the route channel-directory to write. */
@Component("directoryDrop")
public class DirectoryDrop {

	private final SupplierOrderPayload payloads;

	private final OrderCsv csv;

	private final ChangeCsv changes = new ChangeCsv();

	DirectoryDrop(SupplierOrderPayload payloads, OrderCsv csv) {
		this.payloads = payloads;
		this.csv = csv;
	}

	/** The file's name in the supplier's directory. */
	public String name(Delivery delivery) {
		String name = delivery.settings(DirectorySettings.class).fileNames().nameFor(payloads.read(delivery.event()));
		String type = delivery.event().type();
		return ChangeCsv.isChange(type) ? changes.name(type, name) : name;
	}

	/** The file's bytes. */
	public byte[] content(Delivery delivery) {
		SupplierOrderView order = payloads.read(delivery.event());
		if (ChangeCsv.isChange(delivery.event().type())) {
			return changes.write(delivery.event().type(), order);
		}
		return csv.write(order, delivery.settings(DirectorySettings.class).layout());
	}

	/** The file is in place under its name. */
	public DeliveryOutcome delivered() {
		return new DeliveryOutcome.Delivered(null);
	}

}
