package com.newscenter.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import org.webjars.WebJarVersionLocator;

/**
 * Runs Deque's axe-core (from its WebJar) on the page a browser shows, so accessibility
 * is checked by the rules screen-reader users rely on rather than by hand.
 */
public final class Axe {

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, {
			  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
			  resultTypes: ['violations']
			}).then(function (results) {
			  done(results.violations.map(function (v) {
			    return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {
			      return n.target.join(' ');
			    }).join(', ');
			  }));
			}).catch(function (e) { done(['axe failed: ' + e]); });
			""";

	private static final String SOURCE = load();

	private Axe() {
	}

	/**
	 * Checks the page shown against WCAG 2.1 A and AA and axe's best practices.
	 * @param browser the browser, with the page loaded
	 * @return one line per rule broken, naming the elements; empty when none is
	 */
	@SuppressWarnings("unchecked")
	public static List<String> violations(ChromeDriver browser) {
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		browser.executeScript(SOURCE);
		return (List<String>) browser.executeAsyncScript(RUN);
	}

	private static String load() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test class path: " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
