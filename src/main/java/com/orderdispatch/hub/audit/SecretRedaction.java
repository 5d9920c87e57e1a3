package com.orderdispatch.hub.audit;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hides secrets in the text of a configuration diff before it is stored: the value of every setting named like a
 * secret field ({@code SecretFields#names()}: {@code apiKey}, {@code password}, {@code secrets}, ...; a placeholder
 * keeps only its variable name), the items of such a list, and any {@code whsec_} token wherever it appears. A diff
 * has no structure to follow, so a name is a secret wherever in the file it stands.
 */
final class SecretRedaction {

	static final String HIDDEN = "(hidden)";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(?::[^}]*)?}");

	private static final Pattern WEBHOOK_SECRET = Pattern.compile("whsec_[A-Za-z0-9+/=_-]+");

	private static final Pattern LIST_ITEM = Pattern.compile("^([-+ ] *- )(.*)$");

	private final Pattern secretSetting;

	SecretRedaction(Collection<String> secretNames) {
		String names = secretNames.stream().map(Pattern::quote).collect(Collectors.joining("|"));
		this.secretSetting = Pattern.compile("^([-+ ] *(?:- )?(?:" + names + ")\\s*:)(.*)$");
	}

	String redact(String diff) {
		var out = new StringBuilder();
		int secretListIndent = -1;
		for (String line : diff.split("\n", -1)) {
			String redacted = line;
			Matcher setting = secretSetting.matcher(line);
			Matcher item = LIST_ITEM.matcher(line);
			if (setting.matches()) {
				redacted = setting.group(1) + (setting.group(2).isBlank() ? "" : " " + value(setting.group(2)));
				secretListIndent = setting.group(2).isBlank() ? indent(line) : -1;
			}
			else if (secretListIndent >= 0 && item.matches() && indent(line) >= secretListIndent) {
				redacted = item.group(1) + value(item.group(2));
			}
			else if (secretListIndent >= 0 && indent(line) <= secretListIndent) {
				secretListIndent = -1;
			}
			out.append(WEBHOOK_SECRET.matcher(redacted).replaceAll(HIDDEN)).append('\n');
		}
		return out.substring(0, out.length() - 1);
	}

	/** Placeholders keep their variable name, anything else written out is hidden. */
	private static String value(String text) {
		var names = new StringBuilder();
		Matcher placeholder = PLACEHOLDER.matcher(text);
		while (placeholder.find()) {
			names.append(names.isEmpty() ? "" : ", ").append("${").append(placeholder.group(1)).append('}');
		}
		return names.isEmpty() ? HIDDEN : names.toString();
	}

	private static int indent(String line) {
		int i = 1;
		while (i < line.length() && line.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

}
