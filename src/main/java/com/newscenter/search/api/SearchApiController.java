package com.newscenter.search.api;

import com.newscenter.search.SearchHits;
import com.newscenter.search.SearchService;
import com.newscenter.site.Languages;
import com.newscenter.site.SiteUrls;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.system.web.BadRequestException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search in the JSON API: public, in one language or, when none is named, in every
 * language, as the article list does.
 */
@RestController
class SearchApiController {

	private final SearchService search;

	private final Languages languages;

	private final SiteUrls urls;

	private final int maxPageSize;

	SearchApiController(SearchService search, Languages languages, SiteUrls urls, NewsCenterProperties properties) {
		this.search = search;
		this.languages = languages;
		this.urls = urls;
		this.maxPageSize = properties.api().maxPageSize();
	}

	@GetMapping("/api/v1/search")
	SearchJson search(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size) {
		String language = (lang != null) ? this.languages.require(lang) : null;
		if (page < 1) {
			throw new BadRequestException("page", "page must be 1 or more");
		}
		if (size < 1 || size > this.maxPageSize) {
			throw new BadRequestException("size", "size must be between 1 and " + this.maxPageSize);
		}
		SearchHits hits = this.search.search(language, q, page, size);
		return new SearchJson(hits.items()
			.stream()
			.map((hit) -> new SearchJson.Item(hit.id(), hit.title(),
					this.urls.absolute(SiteUrls.article(hit.language(), hit.id())), hit.highlight()))
			.toList(), hits.total(), page, size);
	}

}
