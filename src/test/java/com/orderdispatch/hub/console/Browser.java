package com.orderdispatch.hub.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium, with the browser and driver {@link BrowserFound} found (Debian's:
 * {@code apt-get install chromium chromium-driver}): Selenium Manager cannot download drivers here. Screenshots go to
 * {@code target/screenshots} (override with {@code -Dconsole.screenshots=<dir>}).
 */
final class Browser implements AutoCloseable {


	private final ChromeDriver driver;

	private final ChromeDriverService service;

	private final Path profile;

	private final Path screenshots = Path.of(System.getProperty("console.screenshots", "target/screenshots"));

	private final String baseUrl;

	/** Only where {@link BrowserFound} found the browser and its driver. */
	Browser(int port) {
		String chromium = BrowserFound.chromium().orElseThrow();
		String driverPath = BrowserFound.chromedriver().orElseThrow();
		try {
			this.profile = Files.createTempDirectory("console-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.baseUrl = "http://localhost:" + port;
		var options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1366,1000", "--user-data-dir=" + profile);
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	ChromeDriver driver() {
		return driver;
	}

	void open(String path) {
		driver.get(baseUrl + path);
	}

	WebElement find(String css) {
		return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	void type(String css, String text) {
		var field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	void click(String css) {
		var element = find(css);
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		waitFor().until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	/** Brings an element to the middle of the window, for a screenshot that shows it. */
	void scrollTo(String css) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", find(css));
	}

	WebDriverWait waitFor() {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	String path() {
		return java.net.URI.create(driver.getCurrentUrl()).getPath();
	}

	String cookie(String name) {
		var cookie = driver.manage().getCookieNamed(name);
		return cookie == null ? null : cookie.getValue();
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(screenshots);
			Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
		service.stop();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover browser profile in the temp folder harms nothing.
		}
	}

}
