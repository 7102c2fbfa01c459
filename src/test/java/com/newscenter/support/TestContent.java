package com.newscenter.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.newscenter.account.Actor;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleStatus;

import org.springframework.stereotype.Component;

/**
 * Builds test content through the real services, so fixtures obey the same rules as the
 * site.
 */
@Component
public class TestContent {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ArticleEditor editor;

	private final CategoryService categories;

	private final Clock clock;

	public TestContent(ArticleEditor editor, CategoryService categories, Clock clock) {
		this.editor = editor;
		this.categories = categories;
		this.clock = clock;
	}

	/**
	 * Returns the category with a slug, creating it with English and Chinese names.
	 * @param slug the slug
	 * @return the category
	 */
	public Category category(String slug) {
		return this.categories.findBySlug(slug)
			.orElseGet(() -> this.categories.create(slug, Map.of("en", "EN " + slug, "zh", "中文 " + slug), null,
					Actor.SYSTEM));
	}

	/**
	 * Starts building an article in a language.
	 * @param language the language code
	 * @return the builder
	 */
	public Builder article(String language) {
		return new Builder(language);
	}

	/**
	 * Builds one article; defaults to a published one issued an hour ago.
	 */
	public final class Builder {

		private final String language;

		private String title = "Article " + SEQUENCE.incrementAndGet();

		private String body = "<p>Body text.</p>";

		private String summary = "Summary.";

		private List<String> categories = List.of();

		private ArticleStatus status = ArticleStatus.PUBLISHED;

		private Instant publishAt;

		private Long translationOf;

		private Actor actor = Actor.SYSTEM;

		private Long cover;

		private String seoTitle;

		private String seoDescription;

		private Builder(String language) {
			this.language = language;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder body(String body) {
			this.body = body;
			return this;
		}

		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		public Builder categories(String... slugs) {
			for (String slug : slugs) {
				category(slug);
			}
			this.categories = List.of(slugs);
			return this;
		}

		public Builder status(ArticleStatus status) {
			this.status = status;
			return this;
		}

		public Builder publishedAgo(Duration ago) {
			this.publishAt = TestContent.this.clock.instant().minus(ago);
			return this;
		}

		public Builder publishAt(Instant at) {
			this.publishAt = at;
			return this;
		}

		public Builder by(Actor actor) {
			this.actor = actor;
			return this;
		}

		public Builder translationOf(long id) {
			this.translationOf = id;
			return this;
		}

		public Builder cover(long mediaId) {
			this.cover = mediaId;
			return this;
		}

		public Builder seo(String title, String description) {
			this.seoTitle = title;
			this.seoDescription = description;
			return this;
		}

		public Article create() {
			Instant at = (this.publishAt != null) ? this.publishAt
					: TestContent.this.clock.instant().minus(Duration.ofHours(1));
			return TestContent.this.editor.create(
					new ArticleInput(this.language, this.title, this.body, this.summary, this.categories, this.status,
							at, this.translationOf, this.cover, this.seoTitle, this.seoDescription),
					this.actor);
		}

	}

}
