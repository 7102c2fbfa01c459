package com.newscenter.media;

import java.util.List;

/**
 * One page of the media library.
 *
 * @param items the images on this page, newest first
 * @param page the page number, from 1
 * @param size the page size
 * @param total the number of matching images on all pages
 */
public record MediaPage(List<Media> items, int page, int size, long total) {

	public MediaPage {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

}
