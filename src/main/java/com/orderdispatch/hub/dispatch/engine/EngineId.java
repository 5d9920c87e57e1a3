package com.orderdispatch.hub.dispatch.engine;

import java.net.InetAddress;
import java.util.UUID;

/** The name this hub instance writes into the rows it claims; the fence that keeps instances off each other's rows. */
record EngineId(String value) {

	static EngineId of(DispatchProperties properties) {
		if (!properties.instanceId().isBlank()) {
			return new EngineId(properties.instanceId());
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			host = "hub";
		}
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String id = host.length() > 50 ? host.substring(0, 50) : host;
		return new EngineId(id + "-" + suffix);
	}

}
