package com.orderdispatch.hub.config;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:default}} in a configuration file with values from the environment, so
 * secrets live outside the files. Works line by line to name the line of a missing variable without echoing any value.
 */
final class PlaceholderResolver {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(?::([^}]*))?}");

	private final UnaryOperator<String> lookup;

	PlaceholderResolver(UnaryOperator<String> lookup) {
		this.lookup = lookup;
	}

	String resolve(String file, String text) {
		var out = new StringBuilder(text.length());
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append('\n');
			}
			out.append(resolveLine(file, i + 1, lines[i]));
		}
		return out.toString();
	}

	private String resolveLine(String file, int lineNumber, String line) {
		if (line.stripLeading().startsWith("#") || !line.contains("${")) {
			return line;
		}
		Matcher matcher = PLACEHOLDER.matcher(line);
		var out = new StringBuilder();
		while (matcher.find()) {
			String value = lookup.apply(matcher.group(1));
			if (value == null) {
				value = matcher.group(2);
			}
			if (value == null) {
				throw new ConfigRejectedException(file, "line " + lineNumber, null,
						"environment variable " + matcher.group(1) + " is not set and has no default");
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
