package com.newscenter.search;

/**
 * A search as the engine runs it: words typed by a reader, in one language or all of
 * them, one page.
 *
 * @param language the language code of the articles to search, {@code null} for every
 * language
 * @param text the words as typed; query syntax has no meaning here
 * @param page the page, from 1
 * @param size the page size
 */
public record SearchQuery(String language, String text, int page, int size) {
}
