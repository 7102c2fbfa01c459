package com.newscenter.news.admin;

import java.util.List;

import com.newscenter.media.MediaService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists the media library's newest images for the article editor's image dialog, so
 * images are inserted from the library rather than typed as URLs.
 */
@RestController
class ImageListController {

	private static final int LIMIT = 200;

	private final MediaService media;

	ImageListController(MediaService media) {
		this.media = media;
	}

	@GetMapping("/admin/articles/images.json")
	List<ImageChoice> images() {
		return this.media.search("", 1, LIMIT)
			.items()
			.stream()
			.map((image) -> new ImageChoice("#" + image.id() + " " + image.originalName(), image.url()))
			.toList();
	}

	/**
	 * One entry of the editor's image list.
	 *
	 * @param title what the list shows
	 * @param value the image's URL
	 */
	record ImageChoice(String title, String value) {
	}

}
