package com.orderdispatch.hub.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.channel.email.EmailChannel;
import com.orderdispatch.hub.channel.sftp.SftpChannel;
import com.orderdispatch.hub.channel.sftp.SftpSettings;
import com.orderdispatch.hub.channel.webhook.WebhookChannel;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an administrator's edit must satisfy, and how a refusal names the file, the entry and the field. */
class ConfigLoaderTests {

	@TempDir
	Path dir;

	static final List<ChannelSettingsType<?>> CHANNELS = List.of(new EmailChannel(), new WebhookChannel(),
			SftpChannel.rules(false));

	ConfigLoader loader = new ConfigLoader(Map.of("GLOBEX_SFTP_PASSWORD", "from-env")::get,
			new ConfigValidator(Set.of(), CHANNELS));

	@BeforeEach
	void copyDemoConfig() throws IOException {
		for (String file : ConfigFiles.ALL) {
			Files.copy(Path.of("config", file), dir.resolve(file));
		}
	}

	@Test
	void loadsTheShippedDemoConfiguration() {
		HubConfig config = loader.load(dir);

		assertThat(config.suppliers()).containsOnlyKeys("acme", "globex", "initech", "umbrella");
		assertThat(config.supplier("acme").orElseThrow().channelsOrNone().enabled()).containsExactly("email");
		assertThat(config.supplier("globex").orElseThrow().channelsOrNone().active("sftp", SftpSettings.class).orElseThrow().password()).isEqualTo("from-env");
		assertThat(config.supplierForSku("GLOBEX-LAMP-01")).contains("globex");
		assertThat(config.retailerByKey("demo-shop-key")).map(RetailerConfig::id).contains("demo-shop");
		assertThat(config.retailerByKey("demo-shop-ke")).isEmpty();
		assertThat(config.supplierByKey("umbrella-key")).map(SupplierConfig::id).contains("umbrella");
	}

	@Test
	void namesTheFileEntryAndFieldOfAnInvalidValue() throws IOException {
		edit("suppliers.yaml", "url: \"http://localhost", "url: \"ftp://localhost");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class, ex -> {
			assertThat(ex.file()).isEqualTo("suppliers.yaml");
			assertThat(ex.entry()).isEqualTo("initech");
			assertThat(ex.field()).isEqualTo("channels.webhook.url");
			assertThat(ex.getMessage()).contains("suppliers.yaml", "initech", "channels.webhook.url");
		});
	}

	@Test
	void namesTheLineOfBrokenYaml() throws IOException {
		edit("catalog.yaml", "- { sku: ACME-HAMMER-16", "- { sku: [ACME-HAMMER-16");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ConfigRejectedException.class)
			.hasMessageContaining("catalog.yaml")
			.hasMessageContaining("line");
	}

	@Test
	void refusesAnUnknownSettingSoTyposAreCaught() throws IOException {
		edit("suppliers.yaml", "attachCsv: true", "attachCSV: true");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ConfigRejectedException.class)
			.hasMessageContaining("unknown setting 'attachCSV'");
	}

	@Test
	void refusesACatalogEntryForAnUnknownSupplier() throws IOException {
		edit("catalog.yaml", "supplierId: umbrella", "supplierId: umbrela");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class, ex -> {
			assertThat(ex.entry()).isEqualTo("UMBRELLA-KIT-2");
			assertThat(ex.field()).isEqualTo("supplierId");
		});
	}

	@Test
	void refusesASupplierOnAChannelTheHubDoesNotRun() throws IOException {
		edit("suppliers.yaml", "      webhook:\n", "      fax:\n");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class, ex -> {
			assertThat(ex.file()).isEqualTo("suppliers.yaml");
			assertThat(ex.entry()).isEqualTo("initech");
			assertThat(ex.field()).isEqualTo("channels.fax");
			assertThat(ex.getMessage()).contains("not a channel this hub knows", "email", "sftp", "webhook");
		});
	}

	@Test
	void refusesASettingTheChannelDoesNotHave() throws IOException {
		edit("suppliers.yaml", "timeoutSeconds: 15", "timeoutSecs: 15");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class,
				ex -> assertThat(ex.field()).isEqualTo("channels.webhook.timeoutSecs"));
	}

	@Test
	void refusesAnInvalidSftpSchedule() throws IOException {
		edit("suppliers.yaml", "schedule: \"0/20 * * * * ?\"", "schedule: \"every 20 seconds\"");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class,
				ex -> assertThat(ex.field()).isEqualTo("channels.sftp.schedule"));
	}

	@Test
	void refusesDuplicateIds() throws IOException {
		edit("suppliers.yaml", "- id: umbrella", "- id: acme");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class,
				ex -> assertThat(ex.getMessage()).contains("'id'", "used by another entry"));
	}

	@Test
	void namesAMissingEnvironmentVariableWithoutQuotingAnyValue() throws IOException {
		edit("retailers.yaml", "\"${DEMO_SHOP_API_KEY:demo-shop-key}\"", "\"${DEMO_SHOP_API_KEY}\"");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ConfigRejectedException.class)
			.hasMessageContaining("retailers.yaml")
			.hasMessageContaining("DEMO_SHOP_API_KEY is not set");
	}

	@Test
	void productionRefusesTheDemoKeys() {
		var production = new ConfigLoader(Map.<String, String>of()::get, new ConfigValidator(LiveConfig.DEMO_KEYS, CHANNELS));

		assertThatThrownBy(() -> production.load(dir)).isInstanceOf(ConfigRejectedException.class)
			.hasMessageContaining("demo key")
			.hasMessageNotContaining("demo-shop-key");
	}

	@Test
	void productionRefusesTheDemoWebhookSecretAndSftpPassword() throws IOException {
		var production = new ConfigLoader(Map.of("DEMO_SHOP_API_KEY", "a-real-retailer-key", "UMBRELLA_API_KEY",
				"a-real-supplier-key")::get, new ConfigValidator(LiveConfig.DEMO_KEYS, CHANNELS));

		assertThatThrownBy(() -> production.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class,
				ex -> assertThat(ex.field()).isEqualTo("channels.sftp.password"));
		edit("suppliers.yaml", "${GLOBEX_SFTP_PASSWORD:globex-sandbox}", "a-real-sftp-password");
		assertThatThrownBy(() -> production.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class,
				ex -> assertThat(ex.field()).isEqualTo("channels.webhook.secrets"));
	}

	@Test
	void refusesAKeyGivenToTwoCallersWithoutPrintingIt() throws IOException {
		edit("suppliers.yaml", "\"${UMBRELLA_API_KEY:umbrella-key}\"", "\"${DEMO_SHOP_API_KEY:demo-shop-key}\"");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class, ex -> {
			assertThat(ex.entry()).isEqualTo("umbrella");
			assertThat(ex.field()).isEqualTo("apiKey");
			assertThat(ex.getMessage()).contains("another retailer or supplier").doesNotContain("demo-shop-key");
		});
	}

	@Test
	void refusesARetailerWebhookListingTheSameSecretTwiceWithoutPrintingIt() throws IOException {
		String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
		edit("retailers.yaml", "    apiKey: \"${DEMO_SHOP_API_KEY:demo-shop-key}\"\n",
				"    apiKey: \"${DEMO_SHOP_API_KEY:demo-shop-key}\"\n    webhook:\n      url: https://shop.example/hooks\n"
						+ "      secrets: [\"" + secret + "\", \"" + secret + "\"]\n");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class, ex -> {
			assertThat(ex.entry()).isEqualTo("demo-shop");
			assertThat(ex.field()).isEqualTo("webhook.secrets");
			assertThat(ex.getMessage()).contains("the same secret twice").doesNotContain(secret);
		});
	}

	@Test
	void refusesADuplicateSku() throws IOException {
		edit("catalog.yaml", "- { sku: ACME-NAILS-500", "- { sku: ACME-HAMMER-16");

		assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class,
				ex -> assertThat(ex.getMessage()).contains("listed twice"));
	}

	@Test
	void productionRefusesShortKeys() {
		var production = new ConfigLoader(Map.of("DEMO_SHOP_API_KEY", "short-but-not-demo-key", "UMBRELLA_API_KEY",
				"0123456789abcdef0123456789abcdef")::get, new ConfigValidator(LiveConfig.DEMO_KEYS, CHANNELS, true));

		assertThatThrownBy(() -> production.load(dir)).isInstanceOfSatisfying(ConfigRejectedException.class, ex -> {
			assertThat(ex.entry()).isEqualTo("demo-shop");
			assertThat(ex.getMessage()).contains("too weak").doesNotContain("short-but-not-demo-key");
		});
	}

	@Test
	void keysAreNeverPrinted() {
		HubConfig config = loader.load(dir);

		assertThat(config.toString()).doesNotContain("demo-shop-key", "umbrella-key", "from-env", "whsec_");
	}

	private void edit(String file, String from, String to) throws IOException {
		Path path = dir.resolve(file);
		String text = Files.readString(path);
		assertThat(text).contains(from);
		Files.writeString(path, text.replace(from, to));
	}

}
