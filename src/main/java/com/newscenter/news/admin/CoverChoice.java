package com.newscenter.news.admin;

import com.newscenter.media.Media;

/**
 * An image as the article form's cover field shows it: in the preview of the chosen
 * cover, and as a choice in the media library dialog.
 *
 * @param id the media id, what the field holds
 * @param name the name it was uploaded with
 * @param thumbnail the URL of its smallest copy
 * @param width its width in pixels
 * @param height its height in pixels
 */
record CoverChoice(long id, String name, String thumbnail, int width, int height) {

	static CoverChoice of(Media media) {
		return new CoverChoice(media.id(), media.originalName(), media.thumbnailUrl(), media.width(), media.height());
	}

}
