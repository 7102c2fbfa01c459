package com.newscenter.media.admin;

import java.util.List;

import com.newscenter.media.MediaService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Offers the media library's images to the image dialog of the article and banner forms,
 * so staff choose an image by sight rather than by its number.
 */
@RestController
class MediaChoicesController {

	/** Choices the dialog shows at once; a search narrows a larger library. */
	static final int LIMIT = 60;

	private final MediaService media;

	MediaChoicesController(MediaService media) {
		this.media = media;
	}

	@GetMapping("/admin/media/choices.json")
	List<MediaChoice> choices(@RequestParam(defaultValue = "") String q) {
		return this.media.search(q, 1, LIMIT).items().stream().map(MediaChoice::of).toList();
	}

}
