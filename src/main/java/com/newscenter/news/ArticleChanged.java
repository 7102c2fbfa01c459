package com.newscenter.news;

/**
 * Published whenever an article is created, changed or deleted, so caches, the search
 * index and feeds can follow.
 *
 * @param articleId the article
 * @param deleted whether it no longer exists
 */
public record ArticleChanged(long articleId, boolean deleted) {
}
