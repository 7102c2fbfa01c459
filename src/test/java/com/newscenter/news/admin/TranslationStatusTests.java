package com.newscenter.news.admin;

import java.util.List;

import com.newscenter.account.Actor;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back-office list shows, per article and other language, whether a translation is
 * missing or older than its original, and filters by it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TranslationStatusTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	ArticleEditor editor;

	private Article original;

	private Article translation;

	private Article alone;

	@BeforeEach
	void createArticles() {
		this.database.clean();
		this.original = this.content.article("en").title("Original").create();
		this.translation = this.content.article("zh").title("译文").translationOf(this.original.id()).create();
		this.alone = this.content.article("en").title("Alone").create();
	}

	@Test
	void showsMissingAndUpToDateTranslations() throws Exception {
		Document list = list("");

		assertThat(state(list, "Original", "zh")).isEqualTo("current");
		assertThat(state(list, "译文", "en")).isEqualTo("current");
		assertThat(state(list, "Alone", "zh")).isEqualTo("missing");
		assertThat(row(list, "Alone").selectFirst("[data-testid=translation-status]").text()).contains("missing");
		assertThat(row(list, "Original").select("[data-testid=translation-status]")).hasSize(1);
	}

	@Test
	void aChangedOriginalMakesItsTranslationOutdatedUntilTheTranslationChanges() throws Exception {
		this.editor.update(this.original.id(), change("<p>New facts.</p>"), Actor.SYSTEM);

		Document list = list("");

		assertThat(state(list, "Original", "zh")).isEqualTo("outdated");
		assertThat(state(list, "译文", "en")).isEqualTo("outdated");
		assertThat(titles(list("?translation=outdated"))).containsExactlyInAnyOrder("Original", "译文");

		this.editor.update(this.translation.id(), change("<p>新事实。</p>"), Actor.SYSTEM);

		assertThat(state(list(""), "Original", "zh")).isEqualTo("current");
		assertThat(titles(list("?translation=outdated"))).isEmpty();
	}

	@Test
	void filtersArticlesMissingATranslation() throws Exception {
		assertThat(titles(list("?translation=missing"))).containsExactly("Alone");
		assertThat(titles(list("?translation=missing&language=zh"))).isEmpty();
		assertThat(titles(list("?translation=whatever"))).hasSize(3);
		assertThat(list("?translation=missing").selectFirst("select[name=translation] option[selected]").val())
			.isEqualTo("missing");
	}

	private static ArticleInput change(String body) {
		return new ArticleInput(null, null, body, null, null, null, null, null, null);
	}

	private static String state(Document list, String title, String language) {
		Element status = row(list, title)
			.selectFirst("[data-testid=translation-status][data-language=" + language + "]");
		assertThat(status).as("%s / %s", title, language).isNotNull();
		return status.attr("data-state");
	}

	private static Element row(Document list, String title) {
		return list.select("[data-testid=article-row]")
			.stream()
			.filter((row) -> row.selectFirst("a").text().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + title));
	}

	private static List<String> titles(Document list) {
		return list.select("[data-testid=article-row] a").eachText();
	}

	private Document list(String query) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/admin/articles" + query).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
