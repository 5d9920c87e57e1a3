package com.orderdispatch.hub.config;

import java.util.List;

/** A supplier and the channels it takes its orders through, as configured in {@code config/suppliers.yaml}. */
public record SupplierConfig(String id, String name, String contactEmail, boolean autoAccept, String apiKey,
		Channels channels, InboundFiles inbound) {

	/**
	 * Where a supplier without an API drops its status files: a local directory, or a directory on an SFTP server
	 * when {@code host} is set. Processed files move to {@code processed/} below it.
	 *
	 * @param pollSeconds how often the directory is looked at (default 10)
	 * @param settleSeconds how long a file must stay unchanged before it is read, so a half-uploaded file is never
	 * read (default 2)
	 * @param knownHosts the SFTP server's host key as a known_hosts line; without it any host key is taken (the
	 * production profile refuses that)
	 */
	public record InboundFiles(Boolean enabled, String directory, String host, Integer port, String username,
			String password, String knownHosts, Integer pollSeconds, Integer settleSeconds) {

		public boolean active() {
			return enabled == null || enabled;
		}

		public boolean sftp() {
			return host != null && !host.isBlank();
		}

		@Override
		public String toString() {
			return "InboundFiles[directory=" + directory + ", host=" + host + ", port=" + port + ", username="
					+ username + "]";
		}

	}

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
			String directory, String schedule) {

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
		return "SupplierConfig[id=" + id + ", name=" + name + ", channels=" + channels + ", inbound=" + inbound + "]";
	}

}
