package com.newscenter.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param items the hits on this page, best first
 * @param total how many articles match in all
 * @param page the page, from 1
 * @param size the page size
 */
public record SearchHits(List<SearchHit> items, long total, int page, int size) {

	public SearchHits {
		items = List.copyOf(items);
	}

	public static SearchHits none(int page, int size) {
		return new SearchHits(List.of(), 0, page, size);
	}

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
