package com.newscenter.media.admin;

import com.newscenter.media.Media;

/**
 * An image as the back office's image dialog offers it, for an article's cover or a
 * banner.
 *
 * @param id the media id, what the form's field takes
 * @param name the name it was uploaded with
 * @param thumbnail the URL of its smallest copy
 * @param width its width in pixels
 * @param height its height in pixels
 */
record MediaChoice(long id, String name, String thumbnail, int width, int height) {

	static MediaChoice of(Media media) {
		return new MediaChoice(media.id(), media.originalName(), media.thumbnailUrl(), media.width(), media.height());
	}

}
