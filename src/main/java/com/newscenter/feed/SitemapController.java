package com.newscenter.feed;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.system.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sitemap (or sitemap index), its per-language files and the news sitemap, streamed
 * as the rows are read.
 */
@Controller
class SitemapController {

	private final SitemapWriter sitemaps;

	private final NewsSitemapWriter news;

	SitemapController(SitemapWriter sitemaps, NewsSitemapWriter news) {
		this.sitemaps = sitemaps;
		this.news = news;
	}

	@GetMapping("/sitemap.xml")
	void sitemap(HttpServletResponse response) throws IOException {
		SitemapPlan plan = this.sitemaps.plan();
		response.setContentType(SitemapWriter.CONTENT_TYPE);
		this.sitemaps.writeRoot(plan, response.getOutputStream());
	}

	@GetMapping("/sitemap-{lang:[a-z]{2}(?:-[A-Za-z]{2,4})?}-{page:\\d{1,9}}.xml")
	void page(@PathVariable String lang, @PathVariable int page, HttpServletResponse response) throws IOException {
		SitemapPlan plan = this.sitemaps.plan();
		if (!plan.hasPage(lang, page)) {
			throw new NotFoundException("error.pageNotFound");
		}
		response.setContentType(SitemapWriter.CONTENT_TYPE);
		this.sitemaps.writePage(plan, lang, page, response.getOutputStream());
	}

	@GetMapping("/sitemap-news.xml")
	void news(HttpServletResponse response) throws IOException {
		response.setContentType(SitemapWriter.CONTENT_TYPE);
		this.news.write(response.getOutputStream());
	}

}
