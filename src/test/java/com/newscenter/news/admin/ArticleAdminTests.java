package com.newscenter.news.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import com.newscenter.account.AccountService;
import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.account.User;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors write, preview, publish and restore articles in the back office.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	TestContent content;

	@Autowired
	AccountService accounts;

	@Autowired
	MediaService media;

	@Autowired
	TestDatabase database;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void editorWritesAndPublishesAnArticle() throws Exception {
		this.content.category("rail");
		MvcResult created = this.mvc
			.perform(post("/admin/articles").with(admin())
				.with(csrf())
				.param("language", "en")
				.param("title", "New line opens")
				.param("body", "<p>Trains run.</p><script>x()</script>")
				.param("categories", "rail")
				.param("action", "publish"))
			.andExpect(redirectedUrlPattern("/admin/articles/*"))
			.andReturn();
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D", ""));

		Article article = this.articles.find(id).orElseThrow();
		assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.body()).isEqualTo("<p>Trains run.</p>");
		this.mvc.perform(get("/en/news/" + id)).andExpect(status().isOk());
	}

	@Test
	void invalidInputIsShownBesideTheFieldAndKept() throws Exception {
		Document page = page(this.mvc
			.perform(post("/admin/articles").with(admin())
				.with(csrf())
				.param("language", "en")
				.param("title", "")
				.param("body", "<p>My long text that must not be lost</p>")
				.param("action", "draft"))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.selectFirst("[data-testid=error-title]").text())
			.isEqualTo("Give the article a title of at most 300 characters.");
		assertThat(page.selectFirst("textarea#body").text()).contains("My long text that must not be lost");
	}

	@Test
	void aTimeOfIssueBeyondYear9999IsShownBesideTheField() throws Exception {
		Document page = page(this.mvc
			.perform(post("/admin/articles").with(admin())
				.with(csrf())
				.param("language", "en")
				.param("title", "Far future")
				.param("body", "<p>Kept</p>")
				.param("publishAt", "10000-01-01T00:00")
				.param("action", "schedule"))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.selectFirst("[data-testid=error-publishAt]").text())
			.isEqualTo("Give a time of issue in the years 1000 to 9999; a scheduled article needs one.");
		assertThat(page.selectFirst("textarea#body").text()).contains("Kept");
	}

	@Test
	void theTimeOfIssueIsShownAsTheBrowsersDateTimeFieldReadsIt() throws Exception {
		Instant at = Instant.parse("2031-05-06T07:08:00Z");
		Article scheduled = this.content.article("en").status(ArticleStatus.SCHEDULED).publishAt(at).create();
		for (String language : List.of("en", "zh")) {
			Document page = page(
					this.mvc.perform(get("/admin/articles/" + scheduled.id()).param("lang", language).with(admin()))
						.andReturn());
			String value = page.selectFirst("input#publishAt").val();
			assertThat(LocalDateTime.parse(value)).as(language).isEqualTo(LocalDateTime.of(2031, 5, 6, 7, 8));
			assertThat(page.selectFirst("#publishAt-hint").text()).as(language)
				.contains("UTC")
				.contains(language.equals("zh") ? "时区" : "time zone");
		}

		save(scheduled.id(), "Moved", "publishAt", "2031-05-07T09:30");
		assertThat(this.articles.find(scheduled.id()).orElseThrow().publishedAt())
			.isEqualTo(Instant.parse("2031-05-07T09:30:00Z"));
	}

	@Test
	void previewShowsUnpublishedArticlesToStaffOnly() throws Exception {
		Article draft = this.content.article("en").title("Secret plan").status(ArticleStatus.DRAFT).create();

		Document preview = page(this.mvc.perform(get("/admin/articles/" + draft.id() + "/preview").with(admin()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(preview.selectFirst("[data-testid=article-title]").text()).isEqualTo("Secret plan");
		assertThat(preview.select("[data-testid=preview-notice]")).hasSize(1);

		this.mvc.perform(get("/admin/articles/" + draft.id() + "/preview")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/en/news/" + draft.id())).andExpect(status().isNotFound());
	}

	@Test
	void revisionsAreListedComparedAndRestored() throws Exception {
		Article article = this.content.article("en").title("First title").create();
		save(article.id(), "Second title", "body", "<p>Changed body</p>");

		Document revisions = page(
				this.mvc.perform(get("/admin/articles/" + article.id() + "/revisions?from=1&to=2").with(admin()))
					.andReturn());
		assertThat(revisions.select("[data-testid=revision-row]")).hasSize(2);
		assertThat(revisions.select("[data-testid=diff] del").eachText()).contains("First title");
		assertThat(revisions.select("[data-testid=diff] ins").eachText()).contains("Second title");

		this.mvc.perform(post("/admin/articles/" + article.id() + "/revisions/1/restore").with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.articles.find(article.id()).orElseThrow().title()).isEqualTo("First title");
		assertThat(
				page(this.mvc.perform(get("/admin/articles/" + article.id() + "/revisions").with(admin())).andReturn())
					.select("[data-testid=revision-row]"))
			.hasSize(3);
	}

	@Test
	void fieldErrorsSpeakTheBackOfficeLanguage() throws Exception {
		Document page = page(this.mvc
			.perform(post("/admin/articles?lang=zh").with(admin())
				.with(csrf())
				.param("language", "en")
				.param("title", "")
				.param("body", "<p>x</p>")
				.param("action", "draft"))
			.andReturn());

		assertThat(page.selectFirst("[data-testid=error-title]").text()).isEqualTo("请填写标题，最多 300 个字符。");
	}

	@Test
	void editorChoosesTheSlug() throws Exception {
		Article article = this.content.article("en").title("Harbour bridge").create();
		save(article.id(), "Harbour bridge", "slug", "The New Harbour Bridge!");

		assertThat(this.articles.find(article.id()).orElseThrow().slug()).isEqualTo("the-new-harbour-bridge");
	}

	@Test
	void editorKeepsOrTakesAwayTheCover() throws Exception {
		long cover = this.media.store("cover.png", TestImages.png(640, 360)).id();
		Article article = this.content.article("en").title("Harbour bridge").cover(cover).create();
		save(article.id(), "Harbour bridge", "coverImage", Long.toString(cover));
		assertThat(this.articles.find(article.id()).orElseThrow().coverMediaId()).isEqualTo(cover);

		save(article.id(), "Harbour bridge", "coverImage", "");
		assertThat(this.articles.find(article.id()).orElseThrow().coverMediaId()).isNull();
	}

	@Test
	void listFiltersByStatusAndTitle() throws Exception {
		this.content.article("en").title("Bridge news").status(ArticleStatus.DRAFT).create();
		this.content.article("en").title("Tunnel news").create();

		Document drafts = page(this.mvc.perform(get("/admin/articles?status=draft").with(admin())).andReturn());
		Document tunnels = page(this.mvc.perform(get("/admin/articles?q=TUNNEL").with(admin())).andReturn());

		assertThat(drafts.select("[data-testid=article-row] a").eachText()).containsExactly("Bridge news");
		assertThat(tunnels.select("[data-testid=article-row] a").eachText()).containsExactly("Tunnel news");

		String name = "writer" + System.nanoTime();
		com.newscenter.account.User writer = this.accounts.create(name, "password-1234",
				com.newscenter.account.Role.AUTHOR);
		this.content.article("en")
			.title("Written by one author")
			.status(ArticleStatus.DRAFT)
			.by(new com.newscenter.account.Actor(writer.id(), name, writer.role()))
			.create();
		Document byAuthor = page(this.mvc.perform(get("/admin/articles?author=" + name).with(admin())).andReturn());
		assertThat(byAuthor.select("[data-testid=article-row] a").eachText()).containsExactly("Written by one author");
	}

	@Test
	void theListShowsViewsAndKeepsItsFiltersFromPageToPage() throws Exception {
		String name = "prolific" + System.nanoTime();
		User writer = this.accounts.create(name, "password-1234", Role.AUTHOR);
		for (int i = 1; i <= 21; i++) {
			this.content.article("en")
				.title("By the prolific author " + i)
				.status(ArticleStatus.DRAFT)
				.by(new Actor(writer.id(), name, writer.role()))
				.create();
		}
		Article read = this.content.article("en").title("Much read").create();
		this.jdbc.sql("UPDATE article SET views = 12345 WHERE id = ?").param(read.id()).update();

		Document first = page(this.mvc.perform(get("/admin/articles?author=" + name).with(admin())).andReturn());
		String next = first.selectFirst("a[href*='page=2']").attr("href");
		Document second = page(this.mvc.perform(get(next).with(admin())).andReturn());
		Document all = page(this.mvc.perform(get("/admin/articles?q=much").with(admin())).andReturn());

		assertThat(next).contains("author=" + name);
		assertThat(second.select("[data-testid=article-row] a").eachText()).containsExactly("By the prolific author 1");
		assertThat(all.selectFirst("[data-testid=article-views]").text()).isEqualTo("12,345");
	}

	@Test
	void pagesFarBeyondTheLastAreEmpty() throws Exception {
		this.content.article("en").title("Only one").create();

		for (String query : new String[] { "page=2147483647", "page=214748365&status=draft", "page=1073741824" }) {
			Document page = page(this.mvc.perform(get("/admin/articles?" + query).with(admin()))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(page.select("[data-testid=article-row]")).as(query).isEmpty();
		}
	}

	@Test
	void editorImageListOffersTheMediaLibrary() throws Exception {
		Media image = this.media.store("harbour.png", TestImages.png(20, 10));

		String json = this.mvc.perform(get("/admin/articles/images.json").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(json).contains("harbour.png").contains(image.url());
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/admin/articles").with(admin()).param("title", "x")).andExpect(status().isForbidden());
	}

	@Test
	void theFormShowsTheChosenCover() throws Exception {
		Media cover = this.media.store("quay.png", TestImages.png(640, 360));
		Article covered = this.content.article("en").title("Covered").cover(cover.id()).create();
		Article bare = this.content.article("en").title("Bare").create();

		Document page = page(this.mvc.perform(get("/admin/articles/" + covered.id()).with(admin())).andReturn());
		Element preview = page.selectFirst("[data-testid=cover-preview]");
		assertThat(preview.hasAttr("hidden")).isFalse();
		assertThat(preview.selectFirst("img").attr("src")).isEqualTo(cover.thumbnailUrl());
		assertThat(preview.text()).isEqualTo("#" + cover.id() + " quay.png");
		assertThat(page.selectFirst("#coverImage").val()).isEqualTo(Long.toString(cover.id()));

		page = page(this.mvc.perform(get("/admin/articles/" + bare.id()).with(admin())).andReturn());
		assertThat(page.selectFirst("[data-testid=cover-preview]").hasAttr("hidden")).isTrue();
		assertThat(page.selectFirst("[data-testid=cover-choose]").hasAttr("hidden")).as("offered once the script runs")
			.isTrue();
	}

	/** Saves an English article through the form, with its title and one more field. */
	private void save(long id, String title, String field, String value) throws Exception {
		this.mvc
			.perform(post("/admin/articles/" + id).with(admin())
				.with(csrf())
				.param("language", "en")
				.param("title", title)
				.param(field, value)
				.param("action", "save"))
			.andExpect(status().is3xxRedirection());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
