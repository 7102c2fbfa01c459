package com.newscenter.media;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An uploaded image as stored: where its file is, what it is and its resized copies.
 *
 * @param id the key
 * @param storageName the file name under the media folder, also its URL name
 * @param originalName the name it was uploaded with
 * @param contentType the content type of the stored file
 * @param width the width in pixels
 * @param height the height in pixels
 * @param sizeBytes the file size
 * @param createdAt when it was uploaded
 * @param variants its resized copies, narrowest first
 */
public record Media(long id, String storageName, String originalName, String contentType, int width, int height,
		long sizeBytes, Instant createdAt, List<MediaVariant> variants) {

	public Media {
		variants = variants.stream().sorted(Comparator.comparingInt(MediaVariant::width)).toList();
	}

	/**
	 * Returns the site-relative URL the image is served at.
	 * @return the URL path
	 */
	public String url() {
		return "/media/" + this.storageName;
	}

	/**
	 * Returns the URL of the image's smallest copy, for thumbnails in the back office.
	 * @return the narrowest variant's URL, or the image's own when it has none
	 */
	public String thumbnailUrl() {
		return this.variants.isEmpty() ? url() : this.variants.get(0).url();
	}

	/**
	 * Returns the {@code srcset} of the image: its variants and itself, each with its
	 * width.
	 * @return the srcset, or {@code null} when there are no variants to choose from
	 */
	public String srcset() {
		if (this.variants.isEmpty()) {
			return null;
		}
		return Stream
			.concat(this.variants.stream().map((variant) -> variant.url() + " " + variant.width() + "w"),
					Stream.of(url() + " " + this.width + "w"))
			.collect(Collectors.joining(", "));
	}

	/**
	 * Returns the names of every file of the image, the original's and the variants'.
	 * @return the storage names
	 */
	public List<String> storageNames() {
		return Stream.concat(Stream.of(this.storageName), this.variants.stream().map(MediaVariant::storageName))
			.toList();
	}

	/**
	 * Returns what every file name of the image contains, to find it in article text.
	 * @return the shared stem of the file names
	 */
	public String fileStem() {
		int dot = this.storageName.lastIndexOf('.');
		return (dot > 0) ? this.storageName.substring(0, dot) : this.storageName;
	}

}
