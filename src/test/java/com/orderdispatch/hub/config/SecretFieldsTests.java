package com.orderdispatch.hub.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.support.ChannelTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretFieldsTests {

	private final SecretFields secrets = ChannelTypes.secretFields();

	@Test
	void readsEverySecretFromTheMarksOnTheSettingsTypesTheirChannelsAndInboundFiles() {
		assertThat(secrets.paths(ConfigEditor.Kind.SUPPLIERS)).containsExactlyInAnyOrder("apiKey",
				"channels.sftp.password", "channels.sftp.privateKey", "channels.sftp.privateKeyPassphrase",
				"channels.webhook.secrets", "inbound.password");
		assertThat(secrets.paths(ConfigEditor.Kind.RETAILERS)).containsExactlyInAnyOrder("apiKey", "webhook.secrets");
		assertThat(secrets.paths(ConfigEditor.Kind.CATALOG)).isEmpty();
		assertThat(secrets.names()).containsExactly("apiKey", "password", "privateKey", "privateKeyPassphrase",
				"secrets");
	}

	@Test
	void masksARetailersWebhookSecretsAndKeepsThemWhenSentBackMasked() {
		var webhook = new LinkedHashMap<String, Object>();
		webhook.put("url", "https://shop.example/hooks");
		webhook.put("secrets", List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "${SHOP_SECRET:whsec_default}"));
		Map<String, Object> retailer = new LinkedHashMap<>(Map.of("id", "shop", "webhook", webhook));

		var masked = secrets.masked(ConfigEditor.Kind.RETAILERS, retailer);

		assertThat(SecretFields.get(masked, "webhook.secrets"))
			.isEqualTo(List.of(SecretFields.HIDDEN, "${SHOP_SECRET}"));
		assertThat(SecretFields.get(secrets.unmasked(ConfigEditor.Kind.RETAILERS, masked, retailer), "webhook.secrets"))
			.isEqualTo(webhook.get("secrets"));
	}

}
