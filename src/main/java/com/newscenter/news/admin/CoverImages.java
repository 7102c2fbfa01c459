package com.newscenter.news.admin;

import java.util.List;
import java.util.Optional;

import com.newscenter.media.MediaService;

import org.springframework.stereotype.Component;

/**
 * Finds the images an article's cover field shows and offers, so editors choose a cover
 * by sight rather than by its number.
 */
@Component
class CoverImages {

	/** Choices the dialog shows at once; a search narrows a larger library. */
	static final int LIMIT = 60;

	private final MediaService media;

	CoverImages(MediaService media) {
		this.media = media;
	}

	/**
	 * Returns the image a cover field holds, if it exists.
	 * @param mediaId the field's value, possibly {@code null}
	 * @return the image
	 */
	Optional<CoverChoice> find(Long mediaId) {
		return (mediaId != null) ? this.media.findById(mediaId).map(CoverChoice::of) : Optional.empty();
	}

	/**
	 * Returns the newest images whose name holds a text.
	 * @param text what to look for in names, empty for all
	 * @return up to {@link #LIMIT} images, newest first
	 */
	List<CoverChoice> search(String text) {
		return this.media.search(text, 1, LIMIT).items().stream().map(CoverChoice::of).toList();
	}

}
