package com.orderdispatch.hub.config;

/** The delivery channels the hub knows, as they are named in configuration, the outbox and the API. */
public final class ChannelNames {

	public static final String EMAIL = "email";

	public static final String SFTP = "sftp";

	public static final String WEBHOOK = "webhook";

	private ChannelNames() {
	}

}
