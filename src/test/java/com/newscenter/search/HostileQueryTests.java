package com.newscenter.search;

import java.util.stream.Stream;

import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Hostile and malformed queries: Lucene syntax means nothing, markup is never echoed
 * unescaped, punctuation and emoji find nothing, long queries are refused; never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileQueryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void corpus() {
		this.database.clean();
		this.content.article("en")
			.title("Title of x")
			.summary("A <b>bold</b> summary.")
			.body("<p>x AND y</p>")
			.create();
		this.content.article("zh").title("通信信号 x").create();
	}

	static Stream<String> queries() {
		return Stream.of("title:x AND (", "title:x", "x AND (", "\"><script>alert(1)</script>",
				"<img src=x onerror=alert(1)>", "*", "?", "x~", "x^100", "[a TO z]", "{!lucene}", "\\", "\"", "\"x",
				"(((", "-", "+x -y", "!!!???...", "。，！？、", "🚄😀", "😀".repeat(150), "x".repeat(5_000),
				"😀".repeat(5_000), "\u0000", "%00", "x\u200b", "\uD800", "AND", "NOT", "OR x");
	}

	@ParameterizedTest
	@MethodSource("queries")
	void pagesAnswer200Or400AndEscapeTheQuery(String query) throws Exception {
		for (String lang : new String[] { "en", "zh" }) {
			MockHttpServletResponse response = this.mvc.perform(get("/" + lang + "/search").param("q", query))
				.andReturn()
				.getResponse();
			String html = response.getContentAsString();

			assertThat(response.getStatus()).as(query).isIn(200, 400);
			assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b>bold</b>", "Exception");
			Document page = Jsoup.parse(html);
			assertThat(page.select("script")).allMatch((script) -> script.hasAttr("src"));
			assertThat(page.select("img[onerror], main b")).isEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("queries")
	void theApiAnswers200Or400WithJson(String query) throws Exception {
		for (String lang : new String[] { "en", "zh" }) {
			MockHttpServletResponse response = this.mvc
				.perform(get("/api/v1/search").param("q", query).param("lang", lang))
				.andReturn()
				.getResponse();

			assertThat(response.getStatus()).as(query).isIn(200, 400);
			assertThat(MediaType.parseMediaType(response.getContentType()).getSubtype()).endsWith("json");
			assertThat(response.getContentAsString()).doesNotContain("<script>", "<img", "<b>", "Exception");
		}
	}

	@ParameterizedTest
	@MethodSource("punctuationAndEmoji")
	void punctuationAndEmojiFindNothing(String query) throws Exception {
		for (String lang : new String[] { "en", "zh" }) {
			Document page = Jsoup.parse(this.mvc.perform(get("/" + lang + "/search").param("q", query))
				.andReturn()
				.getResponse()
				.getContentAsString());

			assertThat(page.select("[data-testid=news-item]")).as(query).isEmpty();
			assertThat(page.select("[data-testid=empty-state]")).hasSize(1);
		}
	}

	static Stream<String> punctuationAndEmoji() {
		return Stream.of("!!!???...", "。，！？、", "🚄😀", "-", "***", "\"\"");
	}

}
