package com.orderdispatch.hub.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YamlEntriesTests {

	static final String FILE = """
			# Suppliers. Secrets come from the environment.
			suppliers:
			  - id: acme
			    name: ACME Tools Ltd
			    # How acme wants its orders.
			    channels:
			      email:
			        to: [orders@acme.example]

			  - id: initech
			    name: Initech
			    channels:
			      webhook:
			        url: "http://localhost:8080/hooks/initech"
			        secrets: ["${INITECH_SECRET:whsec_abc}"]
			""";

	final YamlEntries yaml = new YamlEntries();

	@Test
	void changingOneValueKeepsCommentsQuotesOrderAndTheOtherEntries() {
		var initech = yaml.read(FILE, "suppliers").get(1);
		@SuppressWarnings("unchecked")
		var webhook = (Map<String, Object>) ((Map<String, Object>) initech.get("channels")).get("webhook");
		webhook.put("url", "https://initech.example/hooks");

		String written = yaml.put(FILE, "suppliers", "id", "initech", initech);

		assertThat(written).isEqualTo(FILE.replace("http://localhost:8080/hooks/initech", "https://initech.example/hooks"));
	}

	@Test
	void aNewEntryIsAppendedAndARemovedOneDisappears() {
		var entry = new LinkedHashMap<String, Object>();
		entry.put("id", "globex");
		entry.put("name", "Globex");
		entry.put("apiKey", "${GLOBEX_KEY}");

		String added = yaml.put(FILE, "suppliers", "id", "globex", entry);
		assertThat(yaml.read(added, "suppliers")).extracting(e -> e.get("id")).containsExactly("acme", "initech", "globex");
		assertThat(added).startsWith(FILE.substring(0, FILE.indexOf("  - id: initech")));

		String removed = yaml.remove(added, "suppliers", "id", "acme");
		assertThat(yaml.read(removed, "suppliers")).extracting(e -> e.get("id")).containsExactly("initech", "globex");
		assertThat(removed).contains("# Suppliers. Secrets come from the environment.");
	}

	@Test
	void readsPlaceholdersUnresolved() {
		@SuppressWarnings("unchecked")
		var secrets = (List<String>) SecretFields.get(yaml.read(FILE, "suppliers").get(1), "channels.webhook.secrets");
		assertThat(secrets).containsExactly("${INITECH_SECRET:whsec_abc}");
		assertThat(SecretFields.mask(secrets)).isEqualTo(List.of("${INITECH_SECRET}"));
		assertThat(SecretFields.mask("written-in-the-file")).isEqualTo(SecretFields.HIDDEN);
	}

}
