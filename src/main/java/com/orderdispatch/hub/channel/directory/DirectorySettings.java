package com.orderdispatch.hub.channel.directory;

import com.orderdispatch.hub.channel.csv.CsvLayout;
import com.orderdispatch.hub.channel.csv.CsvSettings;
import com.orderdispatch.hub.channel.csv.OrderFileName;
import com.orderdispatch.hub.config.ChannelSettings;

/**
 * A supplier's {@code channels.directory} settings: order files written to a local or mounted directory.
 *
 * @param path the directory, absolute or relative to the hub's working directory; made when missing
 * @param fileName the file name pattern, {@code {supplierOrderNumber}.csv} when absent (see {@link OrderFileName})
 * @param csv the supplier's file layout; the standard one when absent
 */
public record DirectorySettings(Boolean enabled, String path, String fileName, CsvSettings csv)
		implements ChannelSettings {

	@Override
	public boolean active() {
		return enabled == null || enabled;
	}

	public CsvLayout layout() {
		return CsvLayout.of(csv);
	}

	public OrderFileName fileNames() {
		return OrderFileName.of(fileName);
	}

}
