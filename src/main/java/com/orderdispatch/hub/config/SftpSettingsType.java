package com.orderdispatch.hub.config;

import org.quartz.CronExpression;

/**
 * The SFTP settings, known but not yet run: until a channel bean claims the name {@code sftp}, a supplier may keep
 * them (the demo's globex does) and no delivery is planned for them. The SFTP channel replaces this with its own
 * settings type and validation in {@code channel/sftp}.
 */
final class SftpSettingsType implements ChannelSettingsType<SupplierConfig.SftpChannel> {

	static final String NAME = "sftp";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<SupplierConfig.SftpChannel> settingsType() {
		return SupplierConfig.SftpChannel.class;
	}

	@Override
	public void validate(SupplierConfig.SftpChannel sftp, SettingsCheck check) {
		check.notBlank("host", sftp.host());
		check.require(sftp.port() == null || (sftp.port() > 0 && sftp.port() < 65536), "port",
				"must be between 1 and 65535");
		check.notBlank("username", sftp.username());
		check.notDemo("password", sftp.password());
		check.notBlank("directory", sftp.directory());
		check.require(sftp.directory() == null || !sftp.directory().contains(".."), "directory",
				"must not contain '..'");
		check.require(sftp.schedule() != null && CronExpression.isValidExpression(sftp.schedule()), "schedule",
				"must be a Quartz cron expression, e.g. '0 0/15 * * * ?'");
	}

}
