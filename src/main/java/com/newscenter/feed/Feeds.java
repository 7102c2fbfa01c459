package com.newscenter.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleSummary;
import com.newscenter.site.Languages;
import com.newscenter.site.SiteSettingsService;
import com.newscenter.site.SiteUrls;
import com.newscenter.system.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gathers the newest published articles of a language, or of one of its categories, into
 * a {@link Feed}.
 */
@Component
class Feeds {

	private final ArticleService articles;

	private final CategoryService categories;

	private final Languages languages;

	private final SiteSettingsService settings;

	private final SiteUrls urls;

	private final MessageSource messages;

	private final Clock clock;

	private final int items;

	Feeds(ArticleService articles, CategoryService categories, Languages languages, SiteSettingsService settings,
			SiteUrls urls, MessageSource messages, Clock clock, FeedProperties properties) {
		this.articles = articles;
		this.categories = categories;
		this.languages = languages;
		this.settings = settings;
		this.urls = urls;
		this.messages = messages;
		this.clock = clock;
		this.items = properties.items();
	}

	/**
	 * Returns the feed of a language or category.
	 * @param lang the language code from the URL
	 * @param categorySlug the category, or {@code null} or empty for all
	 * @param selfPath the path the feed is served at, such as {@code /en/feed.rss}
	 * @return the feed
	 * @throws NotFoundException for an unknown language or category
	 */
	Feed feed(String lang, String categorySlug, String selfPath) {
		this.languages.require(lang);
		Category category = null;
		String query = "";
		if (categorySlug != null && !categorySlug.isEmpty()) {
			category = this.categories.findBySlug(categorySlug)
				.orElseThrow(() -> new NotFoundException("error.categoryNotFound", categorySlug));
			query = "?category=" + category.slug();
		}
		String base = this.urls.base();
		List<FeedEntry> entries = new ArrayList<>();
		Instant updated = null;
		for (ArticleSummary summary : this.articles.published(lang, category, 1, this.items).items()) {
			Article article = this.articles.find(summary.id()).orElse(null);
			if (article != null && article.isPublished()) {
				FeedEntry entry = entry(article, lang, base);
				entries.add(entry);
				updated = (updated == null || entry.updated().isAfter(updated)) ? entry.updated() : updated;
			}
		}
		String siteName = this.settings.get().siteName(lang);
		Locale locale = this.languages.locale(lang);
		String title = (category != null) ? this.messages.getMessage("reach.feed.categoryTitle",
				new Object[] { siteName, category.name(lang) }, locale)
				: this.messages.getMessage("reach.feed.title", new Object[] { siteName }, locale);
		String description = this.messages.getMessage("reach.feed.description", new Object[] { title }, locale);
		return new Feed(title, description, this.languages.tag(lang), base + selfPath + query,
				base + "/" + lang + "/news" + query, siteName, (updated != null) ? updated : this.clock.instant(),
				entries);
	}

	private FeedEntry entry(Article article, String lang, String base) {
		List<FeedEntry.Topic> topics = article.categoryIds()
			.stream()
			.flatMap((id) -> this.categories.findById(id).stream())
			.map((c) -> new FeedEntry.Topic(c.slug(), c.name(lang)))
			.toList();
		Instant published = article.publishedAt();
		Instant updated = (article.updatedAt() != null && article.updatedAt().isAfter(published)) ? article.updatedAt()
				: published;
		String summary = (article.summary() != null) ? article.summary() : "";
		return new FeedEntry(article.title(), base + SiteUrls.article(lang, article.id()), summary,
				AbsoluteLinks.of(article.body(), base), published, updated, topics);
	}

}
