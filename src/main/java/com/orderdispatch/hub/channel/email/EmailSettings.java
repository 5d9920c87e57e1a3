package com.orderdispatch.hub.channel.email;

import java.util.List;

import com.orderdispatch.hub.channel.csv.CsvSettings;
import com.orderdispatch.hub.config.ChannelSettings;

/**
 * A supplier's {@code channels.email} settings.
 *
 * @param to the addresses the order email goes to
 * @param attachCsv whether the order is attached as a CSV file
 * @param notifyTo who gets the short "new order pending acceptance" notice
 * @param notifyNewOrders false switches that notice off; absent means on
 * @param csv the attachment's layout (columns, header names, delimiter, formulas); the standard one when absent
 */
public record EmailSettings(Boolean enabled, List<String> to, boolean attachCsv, List<String> notifyTo,
		Boolean notifyNewOrders, CsvSettings csv) implements ChannelSettings {

	@Override
	public boolean active() {
		return enabled == null || enabled;
	}

	public boolean notifiesNewOrders() {
		return (notifyNewOrders == null || notifyNewOrders) && notifyTo != null && !notifyTo.isEmpty();
	}

}
