package com.newscenter.news;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Builds the links of a pagination bar: first, last, and a few pages around the current
 * one.
 */
public final class Pagination {

	private static final int AROUND = 2;

	private Pagination() {
	}

	public static List<PageLink> links(int current, int totalPages, IntFunction<String> urlOf) {
		List<PageLink> links = new ArrayList<>();
		if (totalPages <= 1) {
			return links;
		}
		int last = 0;
		for (int page = 1; page <= totalPages; page++) {
			boolean shown = page == 1 || page == totalPages || Math.abs(page - current) <= AROUND;
			if (!shown) {
				continue;
			}
			if (last > 0 && page - last > 1) {
				links.add(new PageLink("…", null, false));
			}
			links.add(new PageLink(Integer.toString(page), (page == current) ? null : urlOf.apply(page),
					page == current));
			last = page;
		}
		return links;
	}

	/**
	 * Reads a page number leniently: anything that is not a positive number is page 1.
	 * @param value the parameter as sent
	 * @return the page number
	 */
	public static int parse(String value) {
		if (value == null || value.isBlank() || value.length() > 9) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(value.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
