package com.newscenter.media.admin;

/**
 * An image as the media library's grid shows it.
 *
 * @param id the media id
 * @param name the name it was uploaded with
 * @param thumbnailUrl the smallest copy of it
 * @param width its width in pixels
 * @param height its height in pixels
 * @param contentType the content type of the stored file
 * @param size the file size as people read it
 * @param detailsUrl its page in the back office
 */
public record MediaCard(long id, String name, String thumbnailUrl, int width, int height, String contentType,
		String size, String detailsUrl) {
}
