package com.orderdispatch.hub.channel.sftp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;

import org.springframework.stereotype.Component;

/**
 * Keeps the SFTP channel's secrets (passwords, keys, pinned host keys) out of route parameters and endpoint URIs:
 * each value is bound in Camel's registry and the URI names it as {@code #bean:sftpSecret<n>}. One value keeps its
 * name, so an unchanged configuration leaves the routes alone and a changed secret remakes the route.
 */
@Component
class SftpSecrets {

	private final CamelContext camel;

	private final Map<Object, String> names = new HashMap<>();

	SftpSecrets(CamelContext camel) {
		this.camel = camel;
	}

	synchronized String reference(Object value) {
		Object key = value instanceof byte[] bytes ? new Bytes(bytes) : value;
		String name = names.computeIfAbsent(key, unused -> "sftpSecret" + (names.size() + 1));
		camel.getRegistry().bind(name, value);
		return "#bean:" + name;
	}

	private record Bytes(byte[] value) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Bytes that && Arrays.equals(value, that.value);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(value);
		}

	}

}
