package com.newscenter.news;

import java.time.Instant;

import com.newscenter.system.web.BadRequestException;

/**
 * Sets an article's time of issue: publishing without a time means now, publishing in the
 * future means scheduling, and a scheduled time already past means publishing.
 */
final class ArticleSchedule {

	private ArticleSchedule() {
	}

	static Article apply(Article article, Instant now) {
		ArticleStatus status = article.status();
		Instant at = article.publishedAt();
		if (status == ArticleStatus.PUBLISHED && at == null) {
			at = now;
		}
		if (status == ArticleStatus.PUBLISHED && at.isAfter(now)) {
			status = ArticleStatus.SCHEDULED;
		}
		if (status == ArticleStatus.SCHEDULED) {
			if (at == null) {
				throw new BadRequestException("publishAt", "a scheduled article needs publishAt");
			}
			if (!at.isAfter(now)) {
				status = ArticleStatus.PUBLISHED;
			}
		}
		return new Article(article.id(), article.language(), article.title(), article.slug(), article.summary(),
				article.body(), article.coverMediaId(), status, at, article.authorId(), article.views(),
				article.translationGroup(), article.categoryIds(), article.createdAt(), article.updatedAt(),
				article.seoTitle(), article.seoDescription());
	}

}
