package com.orderdispatch.hub.console;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdispatch.hub.config.ConfigEditor;
import com.orderdispatch.hub.config.ConfigRejectedException;
import com.orderdispatch.hub.config.SecretFields;
import com.orderdispatch.hub.support.ChannelTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryFormTests {

	private static final SecretFields SECRETS = ChannelTypes.secretFields();

	@Test
	void aLayoutThatCallsASecretPlainTextStillNeverShowsItsValue() {
		var careless = List.of(new EntryForm.Section(null, "Supplier",
				List.of(new EntryForm.Field("apiKey", "Key", EntryForm.Type.TEXT, null, null))));
		var entry = new LinkedHashMap<String, Object>(initech());
		entry.put("apiKey", "clear-pull-api-key");

		var form = new EntryForm(ConfigEditor.Kind.SUPPLIERS, careless, entry, SECRETS);

		assertThat(form.getValues()).doesNotContainValue("clear-pull-api-key");
		assertThat(form.getSecretHints().get("apiKey")).startsWith("Written in the file (hidden)");
	}

	@Test
	void secretsAreShownAsTheirVariableAndKeptWhenTheFieldIsLeftAlone() {
		var form = new EntryForm(ConfigEditor.Kind.SUPPLIERS, FormLayouts.SUPPLIER, initech(), SECRETS);
		assertThat(form.getValues()).doesNotContainValue("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
		assertThat(form.getValues().get("channels.webhook.secrets")).isEqualTo("INITECH_WEBHOOK_SECRET");
		assertThat(form.getSecretHints().get("channels.webhook.secrets"))
			.isEqualTo("From environment variable INITECH_WEBHOOK_SECRET.");

		var submitted = new HashMap<>(form.getValues());
		submitted.put("channels.webhook.url", "https://initech.example/hooks");
		var entry = form.submit(submitted);

		assertThat(SecretFields.get(entry, "channels.webhook.secrets"))
			.isEqualTo(List.of("${INITECH_WEBHOOK_SECRET:whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw}"));
		assertThat(SecretFields.get(entry, "channels.webhook.url")).isEqualTo("https://initech.example/hooks");
		assertThat(entry).doesNotContainKey("autoAccept");
	}

	@Test
	void aChannelSwitchedOffIsDisabledInTheFileAndANumberThatIsNotOneIsRefused() {
		var form = new EntryForm(ConfigEditor.Kind.SUPPLIERS, FormLayouts.SUPPLIER, initech(), SECRETS);
		var off = new HashMap<>(form.getValues());
		off.put("channels.webhook.enabled", "false");
		assertThat(SecretFields.get(form.submit(off), "channels.webhook.enabled")).isEqualTo(false);

		var refused = new EntryForm(ConfigEditor.Kind.SUPPLIERS, FormLayouts.SUPPLIER, initech(), SECRETS);
		var bad = new HashMap<>(refused.getValues());
		bad.put("channels.webhook.timeoutSeconds", "soon");
		assertThat(refused.submit(bad)).isNull();
		assertThat(refused.getErrors()).containsEntry("channels.webhook.timeoutSeconds", "must be a whole number");
	}

	@Test
	void theValidatorsVerdictLandsNextToTheFieldsItNames() {
		var form = new EntryForm(ConfigEditor.Kind.SUPPLIERS, FormLayouts.SUPPLIER, initech(), SECRETS);
		form.refused(List.of(
				new ConfigRejectedException.Problem("suppliers.yaml", "initech", "channels.webhook.url",
						"must be an http or https URL"),
				new ConfigRejectedException.Problem("catalog.yaml", "SKU-1", "supplierId", "names no supplier")),
				"initech");
		assertThat(form.getErrors()).containsExactly(Map.entry("channels.webhook.url", "must be an http or https URL"));
		assertThat(form.getGeneralErrors()).containsExactly("catalog.yaml, entry 'SKU-1', field 'supplierId': names no supplier");
	}

	@Test
	void aSecretNamingAnUnsetVariableIsMarkedAtItsField() {
		var form = new EntryForm(ConfigEditor.Kind.SUPPLIERS, FormLayouts.SUPPLIER, initech(), SECRETS);
		var submitted = new HashMap<>(form.getValues());
		submitted.put("channels.webhook.secrets", "INITECH_WEBHOOK_SECRET, ROTATED_SECRET");
		submitted.put("apiKey", "INITECH_API_KEY");
		var entry = form.submit(submitted);
		form.requireVariables(entry, name -> "INITECH_API_KEY".equals(name) ? "set" : null);
		assertThat(form.getErrors()).containsOnlyKeys("channels.webhook.secrets");
		assertThat(form.getErrors().get("channels.webhook.secrets")).contains("ROTATED_SECRET is not set");
	}

	private static Map<String, Object> initech() {
		var webhook = new LinkedHashMap<String, Object>();
		webhook.put("url", "http://localhost:8080/sandbox/webhooks/initech");
		webhook.put("secrets", List.of("${INITECH_WEBHOOK_SECRET:whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw}"));
		webhook.put("timeoutSeconds", 15);
		var channels = new LinkedHashMap<String, Object>();
		channels.put("webhook", webhook);
		var entry = new LinkedHashMap<String, Object>();
		entry.put("id", "initech");
		entry.put("name", "Initech Office Supply");
		entry.put("contactEmail", "dev@initech.example");
		entry.put("channels", channels);
		return entry;
	}

}
