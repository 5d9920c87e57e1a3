package com.orderdispatch.hub.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTests {

	private static final java.util.Set<String> SECRET_NAMES = java.util.Set.of("apiKey", "password", "privateKey",
			"privateKeyPassphrase", "secrets");

	@Test
	void showsRemovedAndAddedLinesWithTwoLinesOfContext() {
		String before = "a\nb\nc\nd\ne\nf\ng\n";
		String after = "a\nb\nc\nD\ne\nf\ng\n";
		assertThat(TextDiff.of(before, after, SECRET_NAMES)).isEqualTo("  b\n  c\n- d\n+ D\n  e\n  f\n");
	}

	@Test
	void neverShowsASecretWrittenInTheFile() {
		String before = """
				    apiKey: "${ACME_KEY:acme-demo-key}"
				    password: plain-password
				    name: Old
				    secrets:
				      - "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
				""";
		String after = before.replace("Old", "New");
		String diff = TextDiff.of(before, after, SECRET_NAMES);
		assertThat(diff).contains("apiKey: ${ACME_KEY}", "password: (hidden)", "  - (hidden)", "+     name: New")
			.doesNotContain("acme-demo-key", "plain-password", "MfKQ9r8");
	}

}
