package com.newscenter.feed;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * RSS and Atom feeds of each language, {@code ?category=} narrowing them to one category.
 */
@Controller
class FeedController {

	private final Feeds feeds;

	FeedController(Feeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/{lang}/feed.rss")
	void rss(@PathVariable String lang, @RequestParam(required = false) String category, HttpServletResponse response)
			throws IOException {
		Feed feed = this.feeds.feed(lang, category, "/" + lang + "/feed.rss");
		response.setContentType(RssWriter.CONTENT_TYPE);
		RssWriter.write(feed, response.getOutputStream());
	}

	@GetMapping("/{lang}/feed.atom")
	void atom(@PathVariable String lang, @RequestParam(required = false) String category, HttpServletResponse response)
			throws IOException {
		Feed feed = this.feeds.feed(lang, category, "/" + lang + "/feed.atom");
		response.setContentType(AtomWriter.CONTENT_TYPE);
		AtomWriter.write(feed, response.getOutputStream());
	}

}
