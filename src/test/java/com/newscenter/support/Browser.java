package com.newscenter.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts Debian's headless Chromium through its chromedriver, downloading nothing;
 * without them browser tests skip, unless {@code NEWSCENTER_REQUIRE_BROWSER=true} (as in
 * CI) makes them fail.
 */
public final class Browser {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private Browser() {
	}

	/**
	 * Starts a browser with a fresh profile.
	 * @return the driver; quit it when done
	 */
	public static ChromeDriver start() {
		return start(Map.of());
	}

	/**
	 * Starts a browser with a fresh profile and some of Chromium's preferences set.
	 * @param preferences preferences, such as
	 * {@code profile.managed_default_content_settings.javascript = 2} to turn scripts off
	 * @return the driver; quit it when done
	 */
	public static ChromeDriver start(Map<String, Object> preferences) {
		boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
		if (!present && "true".equals(System.getenv("NEWSCENTER_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("Browser tests are required but /usr/bin/chromium or "
					+ "/usr/bin/chromedriver is missing: apt-get install chromium chromium-driver");
		}
		Assumptions.assumeTrue(present,
				"Skipping browser test: install Debian's chromium and chromium-driver to run it");
		try {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			if (!preferences.isEmpty()) {
				options.setExperimentalOption("prefs", preferences);
			}
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
					"--window-size=1280,1024",
					"--user-data-dir=" + Files.createTempDirectory("nc-chromium").toAbsolutePath());
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until the back office's rich-text editor is ready to type in.
	 * @param browser the browser showing an article form
	 */
	public static void awaitEditor(WebDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> (Boolean) ((JavascriptExecutor) driver)
			.executeScript("return typeof tinymce !== 'undefined' && tinymce.activeEditor != null"
					+ " && tinymce.activeEditor.initialized === true"));
	}

}
