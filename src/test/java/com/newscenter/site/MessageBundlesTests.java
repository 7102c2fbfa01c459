package com.newscenter.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every user-facing string comes from the message bundles, and every bundle has every
 * key.
 */
class MessageBundlesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{'?([a-zA-Z0-9.]+)'?");

	private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder");

	private static final List<String> REPLACING_ATTRIBUTES = List.of("th:text", "th:utext", "th:errors", "th:insert");

	private static final List<String> REPLACED_ELEMENTS = List.of("title", "script", "style");

	private static final Path RESOURCES = Path.of("src/main/resources");

	@Test
	void bundlesHaveTheSameKeys() throws IOException {
		for (String base : bundles()) {
			Properties english = load(base + "_en.properties");
			Properties chinese = load(base + "_zh.properties");
			Properties fallback = load(base + ".properties");

			assertThat(chinese.stringPropertyNames()).as(base)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			assertThat(fallback.stringPropertyNames()).as(base)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			chinese.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
		}
	}

	/**
	 * A message with arguments goes through {@link MessageFormat}; one that does not
	 * parse (a {@code #} inside a choice, an unmatched brace) fails only when it is
	 * shown.
	 */
	@Test
	void messagesWithArgumentsParse() throws IOException {
		for (String base : bundles()) {
			for (String suffix : List.of("", "_en", "_zh")) {
				Properties messages = load(base + suffix + ".properties");
				messages.forEach((key, value) -> {
					if (value.toString().contains("{0")) {
						assertThatCode(() -> new MessageFormat(value.toString(), Locale.ENGLISH)
							.format(new Object[] { 2L, 3L, 4L, 5L })).as(base + suffix + ": " + key)
							.doesNotThrowAnyException();
					}
				});
			}
		}
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		String configured = Files.readString(RESOURCES.resolve("application.properties"));
		for (String base : bundles()) {
			assertThat(configured).contains(base);
		}
	}

	@Test
	void templatesUseOnlyKeysThatExist() throws IOException {
		Properties english = new Properties();
		for (String base : bundles()) {
			english.putAll(load(base + "_en.properties"));
		}
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				String key = keys.group(1);
				if (!key.endsWith(".")) {
					assertThat(english.stringPropertyNames()).as("%s in %s", key, template).contains(key);
				}
			}
		}
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				if (replacesItsText(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					String value = text.text().strip();
					if (!value.isEmpty() && value.matches(".*\\p{L}.*")) {
						problems.add(template.getFileName() + ": text '" + value + "' in <" + element.tagName() + ">");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && !attribute.getValue().isEmpty()) {
						problems.add(template.getFileName() + ": attribute " + attribute.getKey() + "='"
								+ attribute.getValue() + "'");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static boolean replacesItsText(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (REPLACING_ATTRIBUTES.stream().anyMatch(e::hasAttr) || REPLACED_ELEMENTS.contains(e.tagName())) {
				return true;
			}
			// th:replace on <html> calls the layout with this page's parts; it replaces
			// nothing of the page's own text
			if (e.hasAttr("th:replace") && !e.tagName().equals("html")) {
				return true;
			}
		}
		return false;
	}

	/** Bundle base names relative to the resources folder, such as {@code i18n/admin}. */
	private static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES)) {
			return files.map((p) -> RESOURCES.relativize(p).toString().replace('\\', '/'))
				.filter((name) -> name.endsWith("_en.properties"))
				.map((name) -> name.substring(0, name.length() - "_en.properties".length()))
				.toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
