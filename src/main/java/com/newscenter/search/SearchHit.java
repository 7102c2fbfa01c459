package com.newscenter.search;

import java.time.Instant;

/**
 * One article found.
 *
 * @param id the article
 * @param language its language code
 * @param title its headline, plain text
 * @param highlight a snippet of HTML: escaped text with the matches in {@code <mark>}
 * @param publishedAt its time of issue
 */
public record SearchHit(long id, String language, String title, String highlight, Instant publishedAt) {
}
