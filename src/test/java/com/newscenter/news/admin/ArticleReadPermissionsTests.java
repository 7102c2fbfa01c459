package com.newscenter.news.admin;

import java.util.List;

import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.account.User;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.Staff;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What staff may read: an author sees their own articles and the published ones, never
 * another author's unpublished text or its revisions; editors read everything. A table of
 * role × article × page → the status answered (404 where the article is not theirs to
 * know of).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleReadPermissionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	TestContent content;

	@Autowired
	ArticleService articles;

	@Autowired
	TestDatabase database;

	private User reader;

	private Article othersDraft;

	private Article othersPublished;

	private Article ownDraft;

	@BeforeEach
	void articles() {
		this.database.clean();
		User other = this.staff.create(Role.AUTHOR);
		Actor otherActor = new Actor(other.id(), other.username(), other.role());
		this.reader = this.staff.create(Role.AUTHOR);
		this.othersDraft = this.content.article("en")
			.title("Someone else's unannounced plan")
			.status(ArticleStatus.REVIEW)
			.by(otherActor)
			.create();
		// written by the other author, published by an editor
		this.othersPublished = this.content.article("en")
			.title("Someone else's published news")
			.by(new Actor(other.id(), other.username(), Role.EDITOR))
			.create();
		this.ownDraft = this.content.article("en")
			.title("My own draft")
			.status(ArticleStatus.REVIEW)
			.by(new Actor(this.reader.id(), this.reader.username(), this.reader.role()))
			.create();
	}

	@ParameterizedTest(name = "{0} {1} {2} → {3}")
	@CsvSource({ "AUTHOR, others-draft, edit, 404", "AUTHOR, others-draft, preview, 404",
			"AUTHOR, others-draft, revisions, 404", "AUTHOR, others-draft, translate, 404",
			"AUTHOR, others-draft, api, 404", "AUTHOR, others-draft, api-revisions, 404",
			"AUTHOR, others-published, edit, 200", "AUTHOR, others-published, preview, 200",
			"AUTHOR, others-published, revisions, 404", "AUTHOR, others-published, translate, 200",
			"AUTHOR, others-published, api, 200", "AUTHOR, others-published, api-revisions, 404",
			"AUTHOR, own-draft, edit, 200", "AUTHOR, own-draft, preview, 200", "AUTHOR, own-draft, revisions, 200",
			"AUTHOR, own-draft, translate, 200", "AUTHOR, own-draft, api, 200", "AUTHOR, own-draft, api-revisions, 200",
			"EDITOR, others-draft, edit, 200", "EDITOR, others-draft, preview, 200",
			"EDITOR, others-draft, revisions, 200", "EDITOR, others-draft, translate, 200",
			"EDITOR, others-draft, api, 200", "EDITOR, others-draft, api-revisions, 200" })
	void staffReadOnlyWhatIsTheirsToRead(Role role, String which, String page, int expected) throws Exception {
		Article article = switch (which) {
			case "others-draft" -> this.othersDraft;
			case "others-published" -> this.othersPublished;
			case "own-draft" -> this.ownDraft;
			default -> throw new IllegalArgumentException(which);
		};
		User user = (role == Role.AUTHOR) ? this.reader : this.staff.create(role);

		var response = this.mvc.perform(request(page, article.id()).with(Staff.as(user))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(expected);
		if (expected == 404) {
			assertThat(response.getContentAsString()).doesNotContain(article.title());
		}
	}

	@Test
	void anAuthorsArticleListAndDashboardLeaveOutOtherPeoplesUnpublishedArticles() throws Exception {
		List<String> listed = Jsoup
			.parse(this.mvc.perform(get("/admin/articles").with(Staff.as(this.reader)))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("[data-testid=article-row] a")
			.eachText();
		String dashboard = this.mvc.perform(get("/admin").with(Staff.as(this.reader)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String editorsDashboard = this.mvc.perform(get("/admin").with(this.staff.as(Role.EDITOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(listed).contains("My own draft", "Someone else's published news")
			.doesNotContain("Someone else's unannounced plan");
		assertThat(dashboard).contains("My own draft").doesNotContain("unannounced plan");
		assertThat(editorsDashboard).contains("My own draft", "unannounced plan");
	}

	@Test
	void anAuthorsEditorLinksOnlyToWhatTheyMayRead() throws Exception {
		Article othersTranslation = this.content.article("zh")
			.title("别人的译文草稿")
			.status(ArticleStatus.DRAFT)
			.translationOf(this.ownDraft.id())
			.by(new Actor(this.othersPublished.authorId(), "other", Role.EDITOR))
			.create();

		Document own = Jsoup
			.parse(this.mvc.perform(get("/admin/articles/{id}", this.ownDraft.id()).with(Staff.as(this.reader)))
				.andReturn()
				.getResponse()
				.getContentAsString());
		Document others = Jsoup
			.parse(this.mvc.perform(get("/admin/articles/{id}", this.othersPublished.id()).with(Staff.as(this.reader)))
				.andReturn()
				.getResponse()
				.getContentAsString());

		assertThat(own.select("a[href$=/admin/articles/" + othersTranslation.id() + "]")).isEmpty();
		assertThat(own.select("[data-testid=unreadable-translation]")).singleElement()
			.satisfies((badge) -> assertThat(badge.text()).contains("another author"));
		assertThat(own.select("a[href$=/revisions]")).hasSize(1);
		assertThat(others.select("a[href$=/revisions]")).as("not theirs: no history").isEmpty();
		assertThat(others.select("[data-testid=unreadable-translation]")).isEmpty();
	}

	@Test
	void anAuthorCannotJoinATranslationToAnotherAuthorsDraft() throws Exception {
		int status = this.mvc
			.perform(post("/api/v1/articles").with(Staff.as(this.reader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"language\":\"zh\",\"title\":\"译文\",\"body\":\"<p>x</p>\",\"translationOf\":"
						+ this.othersDraft.id() + "}"))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(400);
		assertThat(this.articles.translations(this.othersDraft, false)).containsOnlyKeys("en");
	}

	private MockHttpServletRequestBuilder request(String page, long id) {
		MockHttpServletRequestBuilder request = switch (page) {
			case "edit" -> get("/admin/articles/{id}", id);
			case "preview" -> get("/admin/articles/{id}/preview", id);
			case "revisions" -> get("/admin/articles/{id}/revisions", id);
			case "translate" -> get("/admin/articles/new?language=zh&translationOf={id}", id);
			case "api" -> get("/api/v1/articles/{id}", id);
			case "api-revisions" -> get("/api/v1/articles/{id}/revisions", id);
			default -> throw new IllegalArgumentException(page);
		};
		return request.with(csrf());
	}

}
