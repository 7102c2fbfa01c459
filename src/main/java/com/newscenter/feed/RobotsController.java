package com.newscenter.feed;

import com.newscenter.site.SiteUrls;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /robots.txt}: the site is open to crawlers but for the back office and the API,
 * and the sitemaps are named with absolute URLs.
 */
@RestController
class RobotsController {

	private final SiteUrls urls;

	RobotsController(SiteUrls urls) {
		this.urls = urls;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		String base = this.urls.base();
		return "User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api\n\nSitemap: " + base
				+ "/sitemap.xml\nSitemap: " + base + "/sitemap-news.xml\n";
	}

}
