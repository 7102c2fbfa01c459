package com.newscenter.category.admin;

import java.util.Map;

import jakarta.servlet.http.Cookie;

import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.account.TestUsers;
import com.newscenter.account.User;
import com.newscenter.audit.AuditEntry;
import com.newscenter.audit.AuditLog;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.news.Article;
import com.newscenter.support.Staff;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.newscenter.support.Pages.page;
import static com.newscenter.support.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back-office category pages: the tree, the new-category form, renaming, nesting,
 * reordering and deleting, as an editor sees them and as the public site follows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CategoryAdminTests {

	private static final Actor SYSTEM = Actor.SYSTEM;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	CategoryService categories;

	@Autowired
	TestContent content;

	@Autowired
	AuditLog audit;

	@Autowired
	TestDatabase database;

	private RequestPostProcessor editor;

	@BeforeEach
	void clean() {
		this.database.clean();
		this.editor = this.staff.as(Role.EDITOR);
	}

	@Test
	void listShowsTheTreeWithLevelsAndArticleCounts() throws Exception {
		Category news = create("news", null);
		create("world", "news");
		create("sport", null);
		this.content.article("en").categories("world").create();

		Document page = page(this.mvc, get("/admin/categories").with(this.editor));

		assertThat(page.select("[data-testid=category-row]").eachAttr("data-slug")).containsExactly("news", "world",
				"sport");
		assertThat(page.select("[data-testid=category-row]").eachAttr("data-level")).containsExactly("1", "2", "1");
		assertThat(page.selectFirst("[data-slug=world] td:nth-child(3)").text()).isEqualTo("1");
		assertThat(page.select("#parent option").eachAttr("value")).contains(String.valueOf(news.id()));
	}

	@Test
	void createsANestedCategoryFromTheForm() throws Exception {
		Category news = create("news", null);

		this.mvc
			.perform(post("/admin/categories").with(this.editor)
				.with(csrf())
				.param("slug", "harbour")
				.param("names[en]", "Harbour")
				.param("names[zh]", "港口")
				.param("parent", String.valueOf(news.id())))
			.andExpect(redirectedUrl("/admin/categories"));

		Category harbour = this.categories.findBySlug("harbour").orElseThrow();
		assertThat(harbour.parentId()).isEqualTo(news.id());
		assertThat(harbour.names()).containsEntry("en", "Harbour").containsEntry("zh", "港口");
	}

	@Test
	void refusedFormShowsErrorsBesideTheFieldsAndKeepsWhatWasTyped() throws Exception {
		Document page = parse(this.mvc
			.perform(post("/admin/categories").with(this.editor)
				.with(csrf())
				.param("slug", "Bad Slug!")
				.param("names[en]", "Keep me")
				.param("names[zh]", ""))
			.andExpect(status().isOk()));

		assertThat(page.selectFirst("#slug-error").text()).contains("lower-case letters");
		assertThat(page.selectFirst("input#slug").val()).isEqualTo("Bad Slug!");
		assertThat(page.selectFirst("input#name-en").val()).isEqualTo("Keep me");
		assertThat(page.select("#names-error")).isEmpty();
		assertThat(this.categories.findAll()).isEmpty();

		Document chinese = parse(this.mvc
			.perform(post("/admin/categories").with(this.editor)
				.with(csrf())
				.param("lang", "zh")
				.param("slug", "ok")
				.param("names[en]", " "))
			.andExpect(status().isOk()));
		assertThat(chinese.selectFirst("#names-error").text()).contains("至少填写一种语言的名称");
	}

	@Test
	void renameShowsOnThePublicCategoryFilterInEachLanguage() throws Exception {
		Category news = create("news", null);

		this.mvc
			.perform(post("/admin/categories/{id}/names", news.id()).with(this.editor)
				.with(csrf())
				.param("names[en]", "Harbour news")
				.param("names[zh]", "港口新闻"))
			.andExpect(redirectedUrl("/admin/categories/" + news.id()));

		assertThat(page(this.mvc, get("/en/news")).selectFirst("[data-testid=category-filter]").text())
			.contains("Harbour news")
			.doesNotContain("EN news");
		assertThat(page(this.mvc, get("/zh/news")).selectFirst("[data-testid=category-filter]").text())
			.contains("港口新闻");
	}

	@Test
	void movesUpAndDownAndUnderAnotherParent() throws Exception {
		create("news", null);
		Category sport = create("sport", null);
		Category culture = create("culture", null);

		this.mvc
			.perform(post("/admin/categories/{id}/move", culture.id()).with(this.editor)
				.with(csrf())
				.param("direction", "up"))
			.andExpect(redirectedUrl("/admin/categories"));
		this.mvc
			.perform(post("/admin/categories/{id}/parent", sport.id()).with(this.editor)
				.with(csrf())
				.param("parent", String.valueOf(culture.id())))
			.andExpect(redirectedUrl("/admin/categories/" + sport.id()));

		Document page = page(this.mvc, get("/admin/categories").with(this.editor));
		assertThat(page.select("[data-testid=category-row]").eachAttr("data-slug")).containsExactly("news", "culture",
				"sport");
		Document refused = parse(this.mvc
			.perform(post("/admin/categories/{id}/parent", culture.id()).with(this.editor)
				.with(csrf())
				.param("parent", String.valueOf(sport.id())))
			.andExpect(status().isOk()));
		assertThat(refused.selectFirst("#parent-error").text()).contains("neither this category nor one below it");
	}

	@Test
	void deleteIsRefusedWhileArticlesRemainAndAllowedAfterMovingThem() throws Exception {
		Article article = this.content.article("en").title("Ferry timetable").categories("old").create();
		Category old = this.content.category("old");
		Category target = this.content.category("target");

		Document refused = parse(this.mvc
			.perform(post("/admin/categories/{id}/delete", old.id()).with(this.editor).with(csrf()).param("target", ""))
			.andExpect(status().isOk()));
		assertThat(refused.selectFirst("#target-error").text()).contains("still holds articles");
		assertThat(refused.text()).contains("This category holds 1 article.");
		assertThat(this.categories.findById(old.id())).isPresent();

		this.mvc
			.perform(post("/admin/categories/{id}/delete", old.id()).with(this.editor)
				.with(csrf())
				.param("target", String.valueOf(target.id())))
			.andExpect(redirectedUrl("/admin/categories"));

		assertThat(this.categories.findById(old.id())).isEmpty();
		Document list = page(this.mvc, get("/en/news?category=target"));
		assertThat(list.select("[data-testid=news-item]").text()).contains("Ferry timetable");
		assertThat(list.select("[data-testid=news-item] a").attr("href")).contains("/en/news/" + article.id());
		this.mvc.perform(get("/en/news?category=old")).andExpect(status().isNotFound());
	}

	@Test
	void formSignInWorksAndTheWriteIsAuditedUnderTheUsersName() throws Exception {
		User user = this.staff.create(Role.EDITOR);
		Cookie session = TestUsers.sessionCookie(this.mvc
			.perform(formLogin("/admin/login").user(user.username()).password(Staff.password(user.username())))
			.andExpect(redirectedUrl("/admin"))
			.andReturn());

		this.mvc
			.perform(post("/admin/categories").cookie(session)
				.with(csrf())
				.param("slug", "signed-in")
				.param("names[en]", "Signed in"))
			.andExpect(redirectedUrl("/admin/categories"));

		AuditEntry latest = this.audit.page(1, 1).get(0);
		assertThat(latest.action()).isEqualTo("category.create");
		assertThat(latest.actor()).isEqualTo(user.username());
		assertThat(latest.target()).isEqualTo("category:" + this.categories.findBySlug("signed-in").orElseThrow().id());
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/admin/categories").with(this.editor).param("slug", "no-token").param("names[en]", "X"))
			.andExpect(status().isForbidden());
		assertThat(this.categories.findAll()).isEmpty();
	}

	@Test
	void formsCarryTheCsrfToken() throws Exception {
		create("news", null);
		Document page = page(this.mvc, get("/admin/categories").with(this.editor));
		assertThat(page.select("form[method=post]")).isNotEmpty()
			.allSatisfy((form) -> assertThat(form.select("input[name=_csrf]")).hasSize(1));
	}

	private Category create(String slug, String parent) {
		return this.categories.create(slug, Map.of("en", "EN " + slug, "zh", "中文 " + slug), parent, SYSTEM);
	}

}
