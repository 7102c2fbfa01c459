package com.newscenter.news;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.newscenter.banner.Banner;
import com.newscenter.banner.BannerService;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every public page, full or empty, in both languages, passes the Nu Html Checker with no
 * error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ValidHtmlTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	MediaService media;

	@Autowired
	BannerService banners;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void pagesWithContentAreValid() throws Exception {
		Media image = this.media.store("cover.png", TestImages.png(640, 360));
		this.banners.create(new Banner(0, null, "First <slide>", "/en/news", image.id(), 1, null, null, true),
				com.newscenter.account.Actor.SYSTEM);
		this.banners.create(new Banner(0, null, "Second slide", null, image.id(), 2, null, null, true),
				com.newscenter.account.Actor.SYSTEM);
		Article english = this.content.article("en")
			.title("Bridge \"opens\" & <more>")
			.summary("Summary with </script> inside.")
			.body("<p>Body <strong>text</strong> with <a href=\"/en/news\">a link</a>.</p><ul><li>one</li></ul>")
			.categories("rail", "energy")
			.cover(image.id())
			.create();
		Article chinese = this.content.article("zh")
			.title("匈塞铁路通车")
			.categories("rail")
			.cover(image.id())
			.translationOf(english.id())
			.create();
		this.content.article("en").title("Older story").categories("rail").create();

		assertValid(List.of("/en/", "/zh/", "/en/news", "/zh/news", "/en/news?category=rail", "/zh/news?category=rail",
				"/en/news/" + english.id(), "/zh/news/" + chinese.id(), "/en/news/999999", "/zh/news/999999",
				"/en/nothing-here", "/en/news?category=nope", "/en/search?q=story", "/zh/search?q=%E6%96%B0%E9%97%BB",
				"/en/search?q=nothingmatches", "/en/search?q=%22%3E%3Cscript%3E"));
	}

	@Test
	void emptyPagesAreValid() throws Exception {
		assertValid(List.of("/en/", "/zh/", "/en/news", "/zh/news", "/en/news?page=7", "/en/search", "/zh/search?q="));
	}

	private void assertValid(List<String> paths) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		validator.setNoLangDetect(true);
		List<String> errors = new ArrayList<>();
		for (String path : paths) {
			MvcResult result = this.mvc.perform(get(path).header("User-Agent", "Mozilla/5.0 test")).andReturn();
			String html = result.getResponse().getContentAsString();
			assertThat(result.getResponse().getContentType()).as(path).startsWith("text/html");
			JsonNode report = this.json
				.readTree(validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
			for (JsonNode message : report.path("messages")) {
				String type = message.path("type").asString();
				if ("error".equals(type) || "non-document-error".equals(type)) {
					errors.add(path + " line " + message.path("lastLine").asString() + ": "
							+ message.path("message").asString() + " [" + message.path("extract").asString() + "]");
				}
			}
		}
		assertThat(errors).isEmpty();
	}

}
