package com.newscenter.search.api;

import java.util.List;

/**
 * A page of search results in the JSON API.
 *
 * @param items the articles found, best first
 * @param total how many articles match in all
 * @param page the page number, from 1
 * @param size the page size
 */
public record SearchJson(List<Item> items, long total, int page, int size) {

	/**
	 * One article found.
	 *
	 * @param id the article
	 * @param title its headline, plain text
	 * @param url its page, absolute
	 * @param highlight a snippet of HTML: escaped text with the words found in
	 * {@code <mark>}
	 */
	public record Item(long id, String title, String url, String highlight) {
	}

}
