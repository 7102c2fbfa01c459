package com.newscenter.news;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored-HTML policy, checked against a corpus of hostile and ordinary snippets with
 * their exact expected output.
 */
class BodySanitizerTests {

	private final BodySanitizer sanitizer = new BodySanitizer();

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void storesTheExpectedSafeHtml(String input, String expected) {
		assertThat(this.sanitizer.sanitize(input)).isEqualTo(expected);
	}

	@Test
	void corpusIsLargeEnough() throws IOException {
		assertThat(corpus()).hasSizeGreaterThanOrEqualTo(30);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void outputNeverCarriesScriptsHandlersOrDangerousUrls(String input, String expected) {
		String lower = this.sanitizer.sanitize(input).toLowerCase(java.util.Locale.ROOT);
		assertThat(lower).doesNotContain("<script", "javascript:", "vbscript:", "onerror", "onload", "onclick",
				"<iframe", "<svg", "<style", "expression(", "data:");
	}

	static Stream<Arguments> corpus() throws IOException {
		List<Arguments> cases = new ArrayList<>();
		try (InputStream in = BodySanitizerTests.class.getResourceAsStream("/news/sanitizer-corpus.txt")) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (int i = 0; i < lines.length; i++) {
				if (lines[i].startsWith("IN: ")) {
					cases.add(Arguments.of(lines[i].substring(4), lines[i + 1].replaceFirst("^OUT: ?", "")));
				}
			}
		}
		return cases.stream();
	}

}
