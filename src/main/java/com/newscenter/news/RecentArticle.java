package com.newscenter.news;

import java.time.Instant;

/**
 * A recently published article as a news sitemap lists it.
 *
 * @param id the article
 * @param language its language code
 * @param title its headline
 * @param publishedAt its time of issue
 */
public record RecentArticle(long id, String language, String title, Instant publishedAt) {
}
