package com.newscenter.news;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.newscenter.site.SiteUrls;
import com.newscenter.system.ContentChangedElsewhere;
import com.newscenter.system.ContentReset;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Builds the article page's view — neighbours, related articles, translations, cover, QR
 * code — once and keeps it briefly, so a popular article costs no queries but its live
 * count.
 */
@Component
class ArticlePages {

	private static final int RELATED = 4;

	private final ArticleService articles;

	private final NewsViews views;

	private final SiteUrls urls;

	/**
	 * Any article change can move neighbours or related lists, so every change drops all.
	 */
	private final Cache<String, Assembled> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(5))
		.maximumSize(5_000)
		.build();

	ArticlePages(ArticleService articles, NewsViews views, SiteUrls urls) {
		this.articles = articles;
		this.views = views;
		this.urls = urls;
	}

	/**
	 * Returns the page of a published article with its live view count.
	 * @param article the article
	 * @param views the count to show
	 * @return the page and the URLs of its translations by language
	 */
	Assembled page(Article article, long views) {
		String key = article.id() + "|" + this.urls.absolute("/");
		Assembled assembled = this.cache.get(key, (k) -> assemble(article));
		return new Assembled(assembled.page().withViews(views), assembled.translations(), assembled.translationIds());
	}

	private Assembled assemble(Article article) {
		ArticlePage page = this.views.page(article, 0, this.articles.newer(article).orElse(null),
				this.articles.older(article).orElse(null), this.articles.related(article, RELATED));
		Map<String, Long> ids = this.articles.translations(article, true);
		Map<String, String> translations = ids.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> SiteUrls.article(e.getKey(), e.getValue())));
		return new Assembled(page, translations, ids);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onArticleChanged(ArticleChanged event) {
		this.cache.invalidateAll();
	}

	@EventListener({ ContentReset.class, ContentChangedElsewhere.class })
	void onStoredContentChanged() {
		this.cache.invalidateAll();
	}

	/**
	 * An article page and where its translations are.
	 *
	 * @param page the page
	 * @param translations language code to URL
	 * @param translationIds language code to article id
	 */
	record Assembled(ArticlePage page, Map<String, String> translations, Map<String, Long> translationIds) {
	}

}
