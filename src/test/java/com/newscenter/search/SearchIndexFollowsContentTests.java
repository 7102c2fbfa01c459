package com.newscenter.search;

import java.time.Instant;
import java.util.List;

import com.newscenter.account.Actor;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The index follows every publish, edit, unpublish and delete made through the services,
 * at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchIndexFollowsContentTests {

	@Autowired
	SearchService search;

	@Autowired
	ArticleEditor editor;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void draftsAreNotFoundUntilPublished() {
		Article draft = this.content.article("en").title("Viaduct plans").status(ArticleStatus.DRAFT).create();
		assertThat(ids("viaduct")).isEmpty();

		this.editor.update(draft.id(), ArticleInput.status(ArticleStatus.PUBLISHED), Actor.SYSTEM);

		assertThat(ids("viaduct")).containsExactly(draft.id());
	}

	@Test
	void editsReplaceWhatIsFound() {
		Article article = this.content.article("en").title("Viaduct plans").body("<p>Concrete.</p>").create();

		this.editor.update(article.id(), change("Tunnel plans", "<p>Steel and glass.</p>"), Actor.SYSTEM);

		assertThat(ids("viaduct")).isEmpty();
		assertThat(ids("concrete")).isEmpty();
		assertThat(ids("tunnel")).containsExactly(article.id());
		assertThat(ids("glass")).containsExactly(article.id());
		assertThat(this.search.search("en", "tunnel", 1, 10).items().get(0).title()).isEqualTo("Tunnel plans");
	}

	@Test
	void unpublishedAndDeletedArticlesDisappear() {
		Article unpublished = this.content.article("zh").title("匈塞铁路通车").create();
		Article deleted = this.content.article("zh").title("铁路桥梁竣工").create();
		assertThat(ids("zh", "铁路")).containsExactlyInAnyOrder(unpublished.id(), deleted.id());

		this.editor.update(unpublished.id(), ArticleInput.status(ArticleStatus.UNPUBLISHED), Actor.SYSTEM);
		this.editor.delete(deleted.id(), Actor.SYSTEM);

		assertThat(ids("zh", "铁路")).isEmpty();
	}

	@Test
	void anArticleReadJustBeforeItIsUnpublishedDisappearsAllTheSame() throws Exception {
		Article article = this.content.article("en").title("Viaduct plans").create();
		this.mvc.perform(get("/en/news/" + article.id())).andExpect(status().isOk());

		this.editor.update(article.id(), ArticleInput.status(ArticleStatus.UNPUBLISHED), Actor.SYSTEM);

		assertThat(ids("viaduct")).isEmpty();
	}

	@Test
	void scheduledArticlesAreFoundOnceDue() {
		Article scheduled = this.content.article("en")
			.title("Viaduct plans")
			.status(ArticleStatus.SCHEDULED)
			.publishAt(Instant.now().plusSeconds(3600))
			.create();
		assertThat(ids("viaduct")).isEmpty();

		this.jdbc.sql("UPDATE article SET published_at = DATEADD(SECOND, -5, CURRENT_TIMESTAMP) WHERE id = ?")
			.param(scheduled.id())
			.update();
		this.editor.publishDue();

		assertThat(ids("viaduct")).containsExactly(scheduled.id());
	}

	@Test
	void resettingTheContentEmptiesTheIndex() {
		this.content.article("en").title("Viaduct plans").create();

		this.database.clean();

		assertThat(ids("viaduct")).isEmpty();
		assertThat(this.search.indexedArticles()).isZero();
	}

	private static ArticleInput change(String title, String body) {
		return new ArticleInput(null, title, body, null, null, null, null, null, null);
	}

	private List<Long> ids(String query) {
		return ids("en", query);
	}

	private List<Long> ids(String lang, String query) {
		return this.search.search(lang, query, 1, 10).items().stream().map(SearchHit::id).toList();
	}

}
