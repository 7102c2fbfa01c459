package com.newscenter.news;

import com.newscenter.media.Media;

/**
 * An image ready for an {@code <img>}: source, resized alternatives, size and text
 * alternative.
 *
 * @param url where it is served
 * @param width its width in pixels
 * @param height its height in pixels
 * @param alt its text alternative
 * @param srcset its resized variants and itself with their widths, or {@code null}
 */
public record ImageView(String url, int width, int height, String alt, String srcset) {

	/**
	 * Returns the view of a stored image.
	 * @param media the image, or {@code null}
	 * @param alt its text alternative
	 * @return the view, or {@code null} without an image
	 */
	static ImageView of(Media media, String alt) {
		return (media != null) ? new ImageView(media.url(), media.width(), media.height(), alt, media.srcset()) : null;
	}

}
