package com.newscenter.news.api;

import java.util.List;
import java.util.Map;

import com.newscenter.analytics.ViewCounter;
import com.newscenter.category.CategoryService;
import com.newscenter.media.MediaService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleSummary;
import com.newscenter.site.SiteUrls;

import org.springframework.stereotype.Component;

/**
 * Turns articles into their JSON form, with absolute URLs and live view counts.
 */
@Component
class ArticleJsonAssembler {

	private final ArticleService articles;

	private final CategoryService categories;

	private final MediaService media;

	private final ViewCounter counter;

	private final SiteUrls urls;

	ArticleJsonAssembler(ArticleService articles, CategoryService categories, MediaService media, ViewCounter counter,
			SiteUrls urls) {
		this.articles = articles;
		this.categories = categories;
		this.media = media;
		this.counter = counter;
		this.urls = urls;
	}

	ArticleJson full(Article article, boolean staff) {
		Map<String, Long> translations = this.articles.translations(article, !staff);
		return new ArticleJson(article.id(), article.language(), article.title(), article.slug(), article.summary(),
				this.urls.absolute(SiteUrls.article(article.language(), article.id())), article.status(),
				article.publishedAt(), categories(article.categoryIds(), article.language()),
				this.counter.current(article.id(), article.views()), translations, cover(article.coverMediaId()),
				article.body());
	}

	ArticleJson summary(ArticleSummary article) {
		Map<String, Long> translations = this.articles.translations(article.translationGroup(), true);
		return new ArticleJson(article.id(), article.language(), article.title(), article.slug(), article.summary(),
				this.urls.absolute(SiteUrls.article(article.language(), article.id())), article.status(),
				article.publishedAt(), categories(article.categoryIds(), article.language()),
				this.counter.current(article.id(), article.views()), translations, cover(article.coverMediaId()), null);
	}

	private List<ArticleJson.CategoryJson> categories(List<Long> ids, String language) {
		return ids.stream()
			.flatMap((id) -> this.categories.findById(id).stream())
			.map((c) -> new ArticleJson.CategoryJson(c.slug(), c.name(language)))
			.toList();
	}

	private ArticleJson.ImageJson cover(Long mediaId) {
		if (mediaId == null) {
			return null;
		}
		return this.media.findById(mediaId)
			.map((m) -> new ArticleJson.ImageJson(m.id(), this.urls.absolute(m.url()), m.width(), m.height()))
			.orElse(null);
	}

}
