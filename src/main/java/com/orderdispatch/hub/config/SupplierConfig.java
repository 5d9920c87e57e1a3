package com.orderdispatch.hub.config;

import java.util.List;

/** A supplier and the channels it takes its orders through, as configured in {@code config/suppliers.yaml}. */
public record SupplierConfig(String id, String name, String contactEmail, boolean autoAccept, String apiKey,
		Channels channels) {

	/** The channels a supplier prefers; absent ones are null. The pull API is always open to a supplier with a key. */
	public record Channels(EmailChannel email, SftpChannel sftp, WebhookChannel webhook) {

		public static final Channels NONE = new Channels(null, null, null);

		public List<String> enabled() {
			var names = new java.util.ArrayList<String>(3);
			if (email != null && email.active()) {
				names.add(ChannelNames.EMAIL);
			}
			if (sftp != null && sftp.active()) {
				names.add(ChannelNames.SFTP);
			}
			if (webhook != null && webhook.active()) {
				names.add(ChannelNames.WEBHOOK);
			}
			return names;
		}

	}

	/** @param notifyNewOrders false switches the new-order notice to notifyTo off; absent means on */
	public record EmailChannel(Boolean enabled, List<String> to, boolean attachCsv, List<String> notifyTo,
			Boolean notifyNewOrders) {

		public boolean active() {
			return enabled == null || enabled;
		}

		public boolean notifiesNewOrders() {
			return (notifyNewOrders == null || notifyNewOrders) && notifyTo != null && !notifyTo.isEmpty();
		}

	}

	public record SftpChannel(Boolean enabled, String host, Integer port, String username, String password,
			String knownHosts, String directory, String schedule) {

		public boolean active() {
			return enabled == null || enabled;
		}

		@Override
		public String toString() {
			return "SftpChannel[host=" + host + ", port=" + port + ", username=" + username + ", directory="
					+ directory + ", schedule=" + schedule + "]";
		}

	}

	public record WebhookChannel(Boolean enabled, String url, List<String> secrets, Integer timeoutSeconds) {

		public boolean active() {
			return enabled == null || enabled;
		}

		@Override
		public String toString() {
			return "WebhookChannel[url=" + url + ", timeoutSeconds=" + timeoutSeconds + "]";
		}

	}

	public Channels channelsOrNone() {
		return channels == null ? Channels.NONE : channels;
	}

	@Override
	public String toString() {
		return "SupplierConfig[id=" + id + ", name=" + name + ", channels=" + channels + "]";
	}

}
