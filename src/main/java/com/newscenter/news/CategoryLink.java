package com.newscenter.news;

/**
 * A category as a link to its news list.
 *
 * @param slug the category's URL name
 * @param name its name in the page's language
 * @param url its news list
 * @param current whether the page shows this category
 */
public record CategoryLink(String slug, String name, String url, boolean current) {
}
