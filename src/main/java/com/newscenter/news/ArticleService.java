package com.newscenter.news;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.newscenter.system.ContentChangedElsewhere;
import com.newscenter.system.ContentReset;
import com.newscenter.category.Category;
import com.newscenter.system.web.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reads articles: what is public, in which order, and how articles link to their
 * translations; {@link ArticleEditor} writes them.
 */
@Service
public class ArticleService {

	private final ArticleRepository repository;

	private final PublishedLists lists;

	/**
	 * Counts of long lists cost a scan; they are kept briefly and dropped on every
	 * change.
	 */
	private final Cache<String, Long> counts = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(5))
		.maximumSize(1_000)
		.build();

	/**
	 * Articles as the article page reads them; dropped on every change, re-read after a
	 * while.
	 */
	private final Cache<Long, Optional<Article>> articles = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(5))
		.maximumSize(10_000)
		.build();

	private final ArticleFilterRepository filters;

	private final ArticleImageRepository images;

	ArticleService(ArticleRepository repository, PublishedLists lists, ArticleFilterRepository filters,
			ArticleImageRepository images) {
		this.lists = lists;
		this.repository = repository;
		this.images = images;
		this.filters = filters;
	}

	/**
	 * Returns an article whatever its status; callers decide who may see it.
	 * @param id the article
	 * @return the article, if it exists
	 */
	public Optional<Article> find(long id) {
		return this.articles.get(id, this.repository::findById);
	}

	/**
	 * Reads an article from the database, past the cache, which may still hold what it
	 * was before another node changed it.
	 * @param id the article
	 * @return the article, if it exists
	 */
	public Optional<Article> reload(long id) {
		return this.repository.findById(id);
	}

	/**
	 * Returns a published article, or fails with {@link NotFoundException}.
	 * @param id the article
	 * @return the article
	 */
	public Article findPublished(long id) {
		return find(id).filter(Article::isPublished)
			.orElseThrow(() -> new NotFoundException("error.articleNotFound", id));
	}

	/**
	 * Returns one page of the published articles of a language, newest first.
	 * @param language the language code, or {@code null} for every language
	 * @param category a category to filter by, or {@code null}
	 * @param page the page number, from 1
	 * @param size the page size
	 * @return the page
	 */
	public PageResult<ArticleSummary> published(String language, Category category, int page, int size) {
		Long categoryId = (category != null) ? category.id() : null;
		long total = this.counts.get(language + "|" + categoryId, (key) -> this.lists.count(language, categoryId));
		long offset = (long) (page - 1) * size;
		if (offset >= total) {
			return new PageResult<>(List.of(), page, size, total);
		}
		List<Long> ids = this.lists.ids(language, categoryId, (int) offset, size);
		return new PageResult<>(this.repository.summaries(ids), page, size, total);
	}

	public Optional<ArticleSummary> newer(Article article) {
		return this.repository.newerId(article).flatMap(this::summary);
	}

	public Optional<ArticleSummary> older(Article article) {
		return this.repository.olderId(article).flatMap(this::summary);
	}

	public List<ArticleSummary> related(Article article, int limit) {
		List<Long> ids = this.lists.related(article, limit);
		return this.repository.summaries(ids.subList(0, Math.min(limit, ids.size())));
	}

	/**
	 * Returns the language code to id of every translation of an article, itself
	 * included.
	 * @param article the article
	 * @param publishedOnly whether to leave out unpublished translations
	 * @return the translations
	 */
	public Map<String, Long> translations(Article article, boolean publishedOnly) {
		return translations(article.translationGroup(), publishedOnly);
	}

	public Map<String, Long> translations(long translationGroup, boolean publishedOnly) {
		return this.repository.translationGroup(translationGroup, publishedOnly);
	}

	public Map<ArticleStatus, Long> countByStatus() {
		return this.repository.countByStatus();
	}

	/**
	 * Returns the articles last changed with a status, most recently changed first.
	 * @param status the status
	 * @param limit how many at most
	 * @return the articles
	 */
	public List<ArticleSummary> withStatus(ArticleStatus status, int limit) {
		return this.repository.summaries(this.repository.idsWithStatus(status, limit));
	}

	/**
	 * Returns one page of the articles a back-office filter selects, whatever their
	 * status.
	 * @param filter the filter
	 * @param page the page, from 1
	 * @param size the page size
	 * @return the page
	 */
	public PageResult<ArticleSummary> filtered(ArticleFilter filter, int page, int size) {
		long total = this.filters.countFiltered(filter);
		long offset = (long) (page - 1) * size;
		if (offset >= total) {
			return new PageResult<>(List.of(), page, size, total);
		}
		List<Long> ids = this.filters.filteredIds(filter, (int) offset, size);
		return new PageResult<>(this.repository.summaries(ids), page, size, total);
	}

	public boolean hasAny() {
		return this.repository.count() > 0;
	}

	/**
	 * Counts the published articles of every language.
	 * @return how many there are
	 */
	public long countPublished() {
		return this.lists.count(null, null);
	}

	/**
	 * Returns published articles of every language in key order, bodies included,
	 * uncached: for rebuilding what is derived from them, such as the search index.
	 * @param afterId the last key of the previous batch, 0 for the first
	 * @param limit the batch size
	 * @return the next batch, empty at the end
	 */
	public List<Article> publishedAfter(long afterId, int limit) {
		return this.repository.publishedAfter(afterId, limit);
	}

	public List<ArticleSummary> summaries(List<Long> ids) {
		return this.repository.summaries(ids);
	}

	/**
	 * Returns the articles, whatever their status, that show an image as their cover or
	 * in their text, so the media library can tell where it is used.
	 * @param mediaId the image
	 * @param fileStem the part every file name of the image shares
	 * @return the articles, most recently changed first
	 */
	public List<ArticleSummary> usingImage(long mediaId, String fileStem) {
		return this.repository.summaries(this.images.idsUsingImage(mediaId, fileStem));
	}

	private Optional<ArticleSummary> summary(long id) {
		return this.repository.summaries(List.of(id)).stream().findFirst();
	}

	@EventListener({ ContentReset.class, ContentChangedElsewhere.class })
	void onStoredContentChanged() {
		this.articles.invalidateAll();
		this.counts.invalidateAll();
	}

	/**
	 * Drops the cached article first, so listeners that follow (the search index) read it
	 * as it now is.
	 * @param event the change
	 */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true)
	void onArticleChanged(ArticleChanged event) {
		this.articles.invalidate(event.articleId());
		this.counts.invalidateAll();
	}

}
