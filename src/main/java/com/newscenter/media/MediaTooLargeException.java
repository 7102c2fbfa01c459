package com.newscenter.media;

/**
 * An upload over the size limit, in bytes or in pixels; answered with a 413.
 */
public class MediaTooLargeException extends RuntimeException {

	private final boolean pixels;

	MediaTooLargeException(String detail, boolean pixels) {
		super(detail);
		this.pixels = pixels;
	}

	/**
	 * Tells whether the image has too many pixels rather than too many bytes.
	 * @return whether the pixel limit was hit
	 */
	public boolean isPixels() {
		return this.pixels;
	}

}
