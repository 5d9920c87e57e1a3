package com.orderdispatch.hub.support;

import java.io.File;
import java.util.Optional;

/**
 * Programs some tests drive (Chromium, bash, curl), found on the PATH. A newcomer's machine may lack them: those
 * tests are then skipped with one loud line. In CI ({@code CI=true}, or {@code -Dbrowser.tests.required=true}) a
 * missing program fails the build instead, so the checks cannot silently stop running.
 */
public final class RequiredTools {

	private RequiredTools() {
	}

	/** The first of these names that is an executable file in a PATH folder. */
	public static Optional<String> onPath(String... names) {
		String path = System.getenv("PATH");
		for (String name : names) {
			for (String directory : (path == null ? "" : path).split(File.pathSeparator)) {
				File candidate = new File(directory, name);
				if (!directory.isEmpty() && candidate.canExecute()) {
					return Optional.of(candidate.getPath());
				}
			}
		}
		return Optional.empty();
	}

	/** Says why a test cannot run: throws where it must run (CI), else prints one loud line and answers the reason. */
	public static String missing(String reason) {
		if (Boolean.getBoolean("browser.tests.required") || "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(reason + ". It is required here (CI=true or -Dbrowser.tests.required).");
		}
		System.err.println("*** SKIPPED: " + reason + " ***");
		return reason;
	}

}
