package com.newscenter.search;

import java.util.List;

import com.newscenter.news.PageLink;

/**
 * Everything the search page shows: the query, a prompt or a refusal, or the results.
 *
 * @param action where the search form sends its query
 * @param query the query as typed, cut to the longest allowed; {@code null} when none
 * @param prompt whether nothing was typed yet
 * @param tooLong whether the query was refused as too long
 * @param maxLength the longest query allowed
 * @param total how many articles match
 * @param results the hits of this page
 * @param pages the pagination links
 * @param elsewhere when nothing was found, the other languages that hold matches
 */
public record SearchPageView(String action, String query, boolean prompt, boolean tooLong, int maxLength, long total,
		List<SearchResultView> results, List<PageLink> pages, List<ElsewhereView> elsewhere) {

	public boolean searched() {
		return !this.prompt && !this.tooLong;
	}

}
