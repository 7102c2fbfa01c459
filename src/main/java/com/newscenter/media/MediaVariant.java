package com.newscenter.media;

/**
 * A resized copy of an uploaded image, stored beside the original.
 *
 * @param width the width in pixels
 * @param height the height in pixels
 * @param storageName the file name under the media folder
 * @param sizeBytes the file size
 */
public record MediaVariant(int width, int height, String storageName, long sizeBytes) {

	public String url() {
		return "/media/" + this.storageName;
	}

}
