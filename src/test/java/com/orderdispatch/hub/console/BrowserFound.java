package com.orderdispatch.hub.console;

import java.io.File;
import java.util.Optional;

import com.orderdispatch.hub.support.RequiredTools;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests only where Chromium and its driver are found: {@code -Dchromium=<path>} and
 * {@code -Dchromedriver=<path>}, else {@code chromium} (or {@code chromium-browser}) and {@code chromedriver} on the
 * PATH. Without them the tests are skipped with one loud line, so `./mvnw verify` passes on a machine with only
 * Java; in CI a missing browser fails the build ({@link RequiredTools#missing}).
 */
class BrowserFound implements ExecutionCondition {

	static Optional<String> chromium() {
		return find("chromium", "chromium", "chromium-browser");
	}

	static Optional<String> chromedriver() {
		return find("chromedriver", "chromedriver");
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (chromium().isPresent() && chromedriver().isPresent()) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
		}
		String missing = "The console's browser tests need Chromium and chromedriver (apt-get install -y chromium "
				+ "chromium-driver, or -Dchromium=<path> -Dchromedriver=<path>); found chromium "
				+ chromium().orElse("nowhere") + ", chromedriver " + chromedriver().orElse("nowhere");
		return ConditionEvaluationResult.disabled(RequiredTools.missing(missing));
	}

	private static Optional<String> find(String property, String... names) {
		String configured = System.getProperty(property);
		if (configured != null) {
			return new File(configured).canExecute() ? Optional.of(configured) : Optional.empty();
		}
		return RequiredTools.onPath(names);
	}

}
