package com.newscenter.media.admin;

import java.util.List;

/**
 * An image's page in the back office: what it is, its variants and where it is used.
 *
 * @param card what the grid shows of it
 * @param url its site-relative URL
 * @param previewUrl a copy of it of a size to show on the page
 * @param absoluteUrl its absolute URL, to copy
 * @param uploaded when it was uploaded, as people read it
 * @param variants its resized copies
 * @param uses where it is used
 */
public record MediaDetails(MediaCard card, String url, String previewUrl, String absoluteUrl, String uploaded,
		List<Variant> variants, List<MediaUse> uses) {

	public boolean isInUse() {
		return !this.uses.isEmpty();
	}

	/**
	 * A resized copy.
	 *
	 * @param width its width in pixels
	 * @param height its height in pixels
	 * @param url where it is served
	 * @param size its file size as people read it
	 */
	public record Variant(int width, int height, String url, String size) {
	}

}
