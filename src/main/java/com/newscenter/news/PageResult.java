package com.newscenter.news;

import java.util.List;

/**
 * One page of a longer list, with what is needed to draw page links.
 *
 * @param <T> the item type
 * @param items the items on this page
 * @param page the page number, from 1
 * @param size the page size
 * @param total the number of items on all pages
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	public PageResult {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
