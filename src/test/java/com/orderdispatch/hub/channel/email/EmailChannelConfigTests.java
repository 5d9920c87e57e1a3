package com.orderdispatch.hub.channel.email;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.orderdispatch.hub.config.ConfigLoader;
import com.orderdispatch.hub.config.ConfigRejectedException;
import com.orderdispatch.hub.config.ConfigValidator;

import com.orderdispatch.hub.support.OneSupplierConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The email channel's settings as the configuration loader accepts or refuses them. */
class EmailChannelConfigTests {

	@TempDir
	Path directory;

	private final ConfigLoader loader = new ConfigLoader(name -> null, new ConfigValidator(Set.of(),
			List.of(new EmailChannel(), new com.orderdispatch.hub.channel.webhook.WebhookChannel(),
					com.orderdispatch.hub.channel.sftp.SftpChannel.rules(false))));

	@Test
	void readsTheShippedSuppliersWithTheirNoticeSetting() throws IOException {
		for (String file : new String[] { "retailers.yaml", "suppliers.yaml", "catalog.yaml" }) {
			Files.copy(Path.of("config", file), directory.resolve(file));
		}

		var email = loader.load(directory).supplier("acme").orElseThrow().channelsOrNone()
			.active("email", EmailSettings.class)
			.orElseThrow();

		assertThat(email.notifiesNewOrders()).isTrue();
		assertThat(email.notifyTo()).containsExactly("counter@acme.example");
	}

	@Test
	void noticesAreOffWithoutNotifyToOrWhenSwitchedOff() throws IOException {
		write("to: [a@acme.example]\n        notifyTo: [b@acme.example]\n        notifyNewOrders: false");
		assertThat(email().notifiesNewOrders()).isFalse();
		write("to: [a@acme.example]");
		assertThat(email().notifiesNewOrders()).isFalse();
	}

	@Test
	void refusesSwitchingNoticesOnWithoutAnAddress() throws IOException {
		write("to: [a@acme.example]\n        notifyNewOrders: true");

		assertThatExceptionOfType(ConfigRejectedException.class).isThrownBy(() -> loader.load(directory))
			.withMessageContaining("channels.email.notifyNewOrders");
	}

	@Test
	void takesTheAttachmentsCsvLayoutAndRefusesAnUnknownColumn() throws IOException {
		write("to: [a@acme.example]\n        attachCsv: true\n        csv: { columns: [sku, quantity], delimiter: \";\" }");
		assertThat(email().csv().layout().header()).containsExactly("sku", "quantity");

		write("to: [a@acme.example]\n        attachCsv: true\n        csv: { columns: [sku, colour] }");
		assertThatExceptionOfType(ConfigRejectedException.class).isThrownBy(() -> loader.load(directory))
			.withMessageContaining("channels.email.csv.columns");
	}

	@Test
	void refusesAnAddressThatIsNotOneBareMailbox() throws IOException {
		for (String bad : new String[] { "\"ACME <a@acme.example>\"", "\"a@acme.example, b@x.example\"",
				"\"a(b)@acme.example\"" }) {
			write("to: [" + bad + "]");
			assertThatExceptionOfType(ConfigRejectedException.class).as(bad)
				.isThrownBy(() -> loader.load(directory))
				.withMessageContaining("channels.email.to");
		}
	}

	@Test
	void refusesTheSameAddressTwiceInOneListIgnoringCase() throws IOException {
		write("to: [a@acme.example, b@acme.example, A@Acme.Example]");
		assertThatExceptionOfType(ConfigRejectedException.class).isThrownBy(() -> loader.load(directory))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("channels.email.to"))
			.withMessageContaining("twice");

		write("to: [a@acme.example]\n        notifyTo: [counter@acme.example, COUNTER@acme.example]");
		assertThatExceptionOfType(ConfigRejectedException.class).isThrownBy(() -> loader.load(directory))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("channels.email.notifyTo"));

		write("to: [a@acme.example]\n        notifyTo: [a@acme.example]");
		assertThat(email().notifyTo()).as("one address in both lists is fine").containsExactly("a@acme.example");
	}

	private EmailSettings email() {
		return loader.load(directory).supplier("acme").orElseThrow().channelsOrNone()
			.active("email", EmailSettings.class)
			.orElseThrow();
	}

	private void write(String emailChannel) throws IOException {
		OneSupplierConfig.write(directory, "email", emailChannel);
	}

}
