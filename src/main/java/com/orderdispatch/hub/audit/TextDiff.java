package com.orderdispatch.hub.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A line diff of two texts in unified form ({@code -} removed, {@code +} added, two lines of context), enough for
 * the audit log to show what an edit changed. Configuration files are small, so the quadratic LCS is fine; very
 * long texts are summarised instead.
 */
public final class TextDiff {

	private static final int CONTEXT = 2;

	private static final int MAX_LINES = 5_000;

	private TextDiff() {
	}

	/**
	 * The diff with secrets written in the files (keys, passwords, webhook secrets, placeholder defaults) hidden:
	 * the values of the settings called by one of {@code secretNames}.
	 */
	public static String of(String before, String after, Collection<String> secretNames) {
		return new SecretRedaction(secretNames).redact(diff(before, after));
	}

	private static String diff(String before, String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		if ((long) a.size() * b.size() > (long) MAX_LINES * MAX_LINES / 4) {
			return "(" + a.size() + " lines replaced by " + b.size() + " lines)";
		}
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		var ops = new ArrayList<String>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				ops.add("  " + a.get(i++));
				j++;
			}
			else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
				ops.add("- " + a.get(i++));
			}
			else {
				ops.add("+ " + b.get(j++));
			}
		}
		return withContext(ops);
	}

	private static String withContext(List<String> ops) {
		var out = new StringBuilder();
		int lastShown = -1;
		for (int k = 0; k < ops.size(); k++) {
			if (ops.get(k).startsWith("  ")) {
				continue;
			}
			int from = Math.max(lastShown + 1, k - CONTEXT);
			if (lastShown >= 0 && from > lastShown + 1) {
				out.append("...\n");
			}
			int to = Math.min(ops.size() - 1, k + CONTEXT);
			for (int m = from; m <= to; m++) {
				out.append(ops.get(m)).append('\n');
			}
			lastShown = to;
			k = Math.max(k, to - CONTEXT);
		}
		return out.toString();
	}

	private static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
	}

}
