package com.newscenter.media;

/**
 * An uploaded image as stored: where its file is and what it is.
 *
 * @param id the key
 * @param storageName the file name under the media folder, also its URL name
 * @param originalName the name it was uploaded with
 * @param contentType the detected content type
 * @param width the width in pixels
 * @param height the height in pixels
 * @param sizeBytes the file size
 */
public record Media(long id, String storageName, String originalName, String contentType, int width, int height,
		long sizeBytes) {

	/**
	 * Returns the site-relative URL the image is served at.
	 * @return the URL path
	 */
	public String url() {
		return "/media/" + this.storageName;
	}

}
