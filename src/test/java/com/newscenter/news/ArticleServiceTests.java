package com.newscenter.news;

import java.time.Duration;
import java.util.List;

import com.newscenter.account.Actor;
import com.newscenter.category.Category;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import com.newscenter.system.web.BadRequestException;
import com.newscenter.system.web.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The article rules against a real database; run on H2 and on PostgreSQL by the
 * subclasses.
 */
@SpringBootTest
abstract class ArticleServiceTests {

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleEditor editor;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void listsPublishedArticlesNewestFirstInPages() {
		Article oldest = this.content.article("en").publishedAgo(Duration.ofDays(3)).create();
		Article middle = this.content.article("en").publishedAgo(Duration.ofDays(2)).create();
		Article newest = this.content.article("en").publishedAgo(Duration.ofDays(1)).create();
		this.content.article("zh").publishedAgo(Duration.ofHours(1)).create();

		PageResult<ArticleSummary> first = this.articles.published("en", null, 1, 2);
		PageResult<ArticleSummary> second = this.articles.published("en", null, 2, 2);

		assertThat(first.items()).extracting(ArticleSummary::id).containsExactly(newest.id(), middle.id());
		assertThat(second.items()).extracting(ArticleSummary::id).containsExactly(oldest.id());
		assertThat(first.total()).isEqualTo(3);
		assertThat(first.totalPages()).isEqualTo(2);
	}

	@Test
	void pageBeyondTheLastIsEmpty() {
		this.content.article("en").create();
		assertThat(this.articles.published("en", null, 5, 10).items()).isEmpty();
	}

	@Test
	void categoryFilterListsOnlyThatCategoryInOrder() {
		Article older = this.content.article("en").categories("rail").publishedAgo(Duration.ofDays(2)).create();
		this.content.article("en").categories("energy").publishedAgo(Duration.ofDays(1)).create();
		Article newer = this.content.article("en")
			.categories("rail", "energy")
			.publishedAgo(Duration.ofHours(2))
			.create();
		Category rail = this.content.category("rail");

		PageResult<ArticleSummary> page = this.articles.published("en", rail, 1, 10);

		assertThat(page.items()).extracting(ArticleSummary::id).containsExactly(newer.id(), older.id());
		assertThat(page.total()).isEqualTo(2);
	}

	@Test
	void withoutALanguageListsEveryLanguageNewestFirst() {
		Article english = this.content.article("en").categories("rail").publishedAgo(Duration.ofDays(3)).create();
		Article chinese = this.content.article("zh").categories("rail").publishedAgo(Duration.ofDays(2)).create();
		Article newest = this.content.article("en").categories("energy").publishedAgo(Duration.ofDays(1)).create();
		this.content.article("zh").categories("rail").status(ArticleStatus.DRAFT).create();

		PageResult<ArticleSummary> all = this.articles.published(null, null, 1, 2);
		PageResult<ArticleSummary> rest = this.articles.published(null, null, 2, 2);
		PageResult<ArticleSummary> rail = this.articles.published(null, this.content.category("rail"), 1, 10);

		assertThat(all.items()).extracting(ArticleSummary::id).containsExactly(newest.id(), chinese.id());
		assertThat(rest.items()).extracting(ArticleSummary::id).containsExactly(english.id());
		assertThat(all.total()).isEqualTo(3);
		assertThat(rail.items()).extracting(ArticleSummary::id).containsExactly(chinese.id(), english.id());
		assertThat(rail.total()).isEqualTo(2);
	}

	@Test
	void draftsReviewAndUnpublishedArticlesAreNotPublic() {
		Article draft = this.content.article("en").status(ArticleStatus.DRAFT).create();
		this.content.article("en").status(ArticleStatus.REVIEW).create();
		Article published = this.content.article("en").create();
		this.editor.update(published.id(), ArticleInput.status(ArticleStatus.UNPUBLISHED), Actor.SYSTEM);

		assertThat(this.articles.published("en", null, 1, 10).items()).isEmpty();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.articles.findPublished(draft.id()));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.articles.findPublished(published.id()));
	}

	@Test
	void publishingInTheFutureSchedulesAndPublishesWhenDue() {
		Article future = this.content.article("en")
			.publishAt(java.time.Instant.now().plus(Duration.ofHours(1)))
			.create();
		assertThat(future.status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(this.articles.published("en", null, 1, 10).items()).isEmpty();

		this.editor.update(future.id(), new ArticleInput(null, null, null, null, null, null,
				java.time.Instant.now().minusSeconds(1), null, null), Actor.SYSTEM);
		this.editor.publishDue();

		assertThat(this.articles.findPublished(future.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(this.articles.published("en", null, 1, 10).items()).extracting(ArticleSummary::id)
			.containsExactly(future.id());
	}

	@Test
	void neighboursAreTheNextNewerAndOlderInTheSameLanguage() {
		Article older = this.content.article("en").publishedAgo(Duration.ofDays(3)).create();
		this.content.article("zh").publishedAgo(Duration.ofDays(2)).create();
		Article middle = this.content.article("en").publishedAgo(Duration.ofDays(2)).create();
		Article newer = this.content.article("en").publishedAgo(Duration.ofDays(1)).create();

		assertThat(this.articles.newer(middle)).map(ArticleSummary::id).contains(newer.id());
		assertThat(this.articles.older(middle)).map(ArticleSummary::id).contains(older.id());
		assertThat(this.articles.newer(newer)).isEmpty();
		assertThat(this.articles.older(older)).isEmpty();
	}

	@Test
	void relatedArticlesShareACategoryAndExcludeTheArticle() {
		Article article = this.content.article("en").categories("bridges").create();
		Article related = this.content.article("en").categories("bridges").publishedAgo(Duration.ofDays(1)).create();
		this.content.article("en").categories("tunnels").create();

		List<ArticleSummary> found = this.articles.related(article, 4);

		assertThat(found).extracting(ArticleSummary::id).containsExactly(related.id());
	}

	@Test
	void translationsAreLinkedBothWays() {
		Article english = this.content.article("en").create();
		Article chinese = this.content.article("zh").translationOf(english.id()).create();

		assertThat(this.articles.translations(english, true)).containsEntry("en", english.id())
			.containsEntry("zh", chinese.id());
		assertThat(this.articles.translations(chinese, true)).containsEntry("en", english.id());
	}

	@Test
	void refusesTranslationsThatCannotBe() {
		Article english = this.content.article("en").create();
		this.content.article("zh").translationOf(english.id()).create();

		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.content.article("en").translationOf(english.id()).create())
			.withMessageContaining("another language");
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.content.article("zh").translationOf(english.id()).create())
			.withMessageContaining("already has a translation");
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.content.article("zh").translationOf(999_999).create())
			.withMessageContaining("does not exist");
	}

	@Test
	void sanitisesTheBodyAndDerivesTheSlug() {
		Article article = this.content.article("en")
			.title("Bridge Opens: Ünïcode & More!")
			.body("<p onclick=\"x()\">Hi<script>alert(1)</script></p>")
			.create();

		assertThat(article.body()).isEqualTo("<p>Hi</p>");
		assertThat(article.slug()).isEqualTo("bridge-opens-unicode-more");
	}

	@Test
	void refusesUnknownLanguagesAndCategories() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.content.article("fr").create())
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("language"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.editor.create(new ArticleInput("en", "T", "<p>b</p>", null, List.of("nope"),
					ArticleStatus.DRAFT, null, null, null), Actor.SYSTEM))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("categories"));
	}

}
