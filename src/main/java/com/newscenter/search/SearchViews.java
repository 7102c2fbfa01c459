package com.newscenter.search;

import java.util.ArrayList;
import java.util.List;

import com.newscenter.news.Pagination;
import com.newscenter.search.SearchService.QueryCheck;
import com.newscenter.site.DateFormats;
import com.newscenter.site.Languages;
import com.newscenter.site.SiteUrls;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Runs the search a page asks for and turns the outcome into the page's view.
 */
@Component
class SearchViews {

	private final SearchService search;

	private final DateFormats dates;

	private final Languages languages;

	SearchViews(SearchService search, DateFormats dates, Languages languages) {
		this.search = search;
		this.dates = dates;
		this.languages = languages;
	}

	SearchPageView page(String lang, String query, int page, int size) {
		String action = "/" + lang + "/search";
		int max = this.search.maxQueryLength();
		QueryCheck check = this.search.check(query);
		if (check == QueryCheck.BLANK) {
			return new SearchPageView(action, null, true, false, max, 0, List.of(), List.of(), List.of());
		}
		if (check == QueryCheck.TOO_LONG) {
			String stripped = query.strip();
			int end = Character.isHighSurrogate(stripped.charAt(max - 1)) ? max - 1 : max;
			String cut = stripped.substring(0, end);
			return new SearchPageView(action, cut, false, true, max, 0, List.of(), List.of(), List.of());
		}
		String text = query.strip();
		SearchHits hits = this.search.search(lang, text, page, size);
		List<SearchResultView> results = hits.items()
			.stream()
			.map((hit) -> new SearchResultView(hit.id(), hit.title(), SiteUrls.article(hit.language(), hit.id()),
					hit.highlight(), this.dates.date(hit.publishedAt(), lang), this.dates.iso(hit.publishedAt())))
			.toList();
		return new SearchPageView(action, text, false, false, max, hits.total(), results,
				Pagination.links(page, hits.totalPages(), (n) -> "/" + lang + pathAfterLanguage(text, n)),
				(hits.total() == 0) ? elsewhere(lang, text) : List.of());
	}

	/** Counts the matches of a search in the languages other than the page's. */
	private List<ElsewhereView> elsewhere(String lang, String text) {
		List<ElsewhereView> found = new ArrayList<>();
		for (String other : this.languages.all()) {
			long total = other.equals(lang) ? 0 : this.search.search(other, text, 1, 1).total();
			if (total > 0) {
				found.add(new ElsewhereView(other, this.languages.label(other), total,
						"/" + other + pathAfterLanguage(text, 0)));
			}
		}
		return found;
	}

	/**
	 * Returns the address of a search after its language segment, the query encoded
	 * strictly (so {@code &}, {@code +} and {@code #} stay part of it).
	 * @param query the query, or {@code null}
	 * @param page the page, or 0 for none
	 * @return the path after {@code /{lang}}, with its query string
	 */
	static String pathAfterLanguage(String query, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search");
		if (query != null) {
			url.queryParam("q", "{q}");
		}
		if (page > 0) {
			url.queryParam("page", page);
		}
		return url.encode().buildAndExpand((query != null) ? query : "").toUriString();
	}

}
