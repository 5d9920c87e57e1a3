package com.orderdispatch.hub.channel.webhook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdispatch.hub.config.ConfigLoader;
import com.orderdispatch.hub.config.ConfigRejectedException;
import com.orderdispatch.hub.config.ConfigValidator;

import com.orderdispatch.hub.support.OneSupplierConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The webhook channel's settings as the configuration loader accepts or refuses them. */
class WebhookChannelConfigTests {

	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final String OTHER_SECRET = "whsec_YS1uZXdlci1zZWNyZXQtMzItYnl0ZXMtbG9uZyEhISE=";

	@TempDir
	Path directory;

	private final ConfigLoader loader = new ConfigLoader(Map.of("ACME_NEW_SECRET", SECRET)::get,
			new ConfigValidator(Set.of(), List.of(new WebhookChannel())));

	@Test
	void takesTwoSecretsDuringARotation() throws IOException {
		write("\"" + SECRET + "\", \"" + OTHER_SECRET + "\"");

		var webhook = loader.load(directory).supplier("acme").orElseThrow().channelsOrNone()
			.active("webhook", WebhookSettings.class)
			.orElseThrow();
		assertThat(webhook.secrets()).containsExactly(SECRET, OTHER_SECRET);
	}

	@Test
	void refusesTheSameSecretTwiceWithoutQuotingIt() throws IOException {
		write("\"" + SECRET + "\", \"" + SECRET + "\"");

		assertThatExceptionOfType(ConfigRejectedException.class).isThrownBy(() -> loader.load(directory))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("channels.webhook.secrets"))
			.withMessageContaining("same secret twice")
			.withMessageNotContaining(SECRET.substring(6, 20));
	}

	@Test
	void refusesTheSameSecretTwiceWhenOneComesFromTheEnvironment() throws IOException {
		write("\"${ACME_NEW_SECRET}\", \"" + SECRET + "\"");

		assertThatExceptionOfType(ConfigRejectedException.class).isThrownBy(() -> loader.load(directory))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("channels.webhook.secrets"))
			.withMessageNotContaining(SECRET.substring(6, 20));
	}

	private void write(String secrets) throws IOException {
		OneSupplierConfig.write(directory, "webhook",
				"url: \"https://hooks.acme.example/orders\"\n        secrets: [" + secrets + "]");
	}

}
