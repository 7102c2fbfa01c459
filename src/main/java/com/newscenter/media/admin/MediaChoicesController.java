package com.newscenter.media.admin;

import com.newscenter.media.MediaPage;
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

	/**
	 * Choices the dialog shows at once; a search narrows a larger library, "More" goes
	 * on.
	 */
	static final int LIMIT = 60;

	private final MediaService media;

	MediaChoicesController(MediaService media) {
		this.media = media;
	}

	@GetMapping("/admin/media/choices.json")
	MediaChoices choices(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String page) {
		String query = (q.length() > 200) ? q.substring(0, 200) : q;
		MediaPage found = this.media.search(query, pageNumber(page), LIMIT);
		return new MediaChoices(found.items().stream().map(MediaChoice::of).toList(), found.hasNext());
	}

	/**
	 * The page of choices asked for; anything that is no page number asks for the first.
	 */
	private static int pageNumber(String page) {
		return (page != null && page.matches("\\d{1,6}")) ? Math.max(1, Integer.parseInt(page)) : 1;
	}

}
