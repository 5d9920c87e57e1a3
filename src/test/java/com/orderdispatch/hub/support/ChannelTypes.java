package com.orderdispatch.hub.support;

import java.util.List;

import com.orderdispatch.hub.channel.directory.DirectorySettings;
import com.orderdispatch.hub.channel.email.EmailSettings;
import com.orderdispatch.hub.channel.sftp.SftpSettings;
import com.orderdispatch.hub.channel.webhook.WebhookSettings;
import com.orderdispatch.hub.config.ChannelSettings;
import com.orderdispatch.hub.config.ChannelSettingsType;
import com.orderdispatch.hub.config.SecretFields;
import com.orderdispatch.hub.config.SettingsCheck;

/** The hub's channels by name and settings type, without their beans, for unit tests of what the settings declare. */
public final class ChannelTypes {

	private ChannelTypes() {
	}

	public static List<ChannelSettingsType<?>> all() {
		return List.of(new Named<>("email", EmailSettings.class), new Named<>("sftp", SftpSettings.class),
				new Named<>("directory", DirectorySettings.class), new Named<>("webhook", WebhookSettings.class));
	}

	public static SecretFields secretFields() {
		return new SecretFields(all());
	}

	private record Named<S extends ChannelSettings>(String name, Class<S> settingsType)
			implements ChannelSettingsType<S> {

		@Override
		public void validate(S settings, SettingsCheck check) {
		}

	}

}
