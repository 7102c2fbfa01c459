package com.newscenter.search;

/**
 * A search that found nothing in the page's language but something in another, so a
 * reader who typed Chinese on the English page is led to the Chinese results.
 *
 * @param language the other language's code
 * @param label its name in itself
 * @param total how many of its articles match
 * @param url the same search in that language
 */
public record ElsewhereView(String language, String label, long total, String url) {
}
