package com.newscenter.system.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Knows where a page that is not here lives now, for the addresses of a site this one
 * replaced: asked before a page is answered with a 404, and for the site's root.
 */
public interface MovedPages {

	/**
	 * Returns where a request for a page that does not exist should go.
	 * @param request the request
	 * @return the path of the page that replaced it, or empty
	 */
	Optional<String> newLocation(HttpServletRequest request);

	/**
	 * Asks each in turn where a request should go.
	 * @param all the moved pages the site knows
	 * @param request the request
	 * @return the first answer, or empty
	 */
	static Optional<String> locate(List<MovedPages> all, HttpServletRequest request) {
		for (MovedPages moved : all) {
			Optional<String> location = moved.newLocation(request);
			if (location.isPresent()) {
				return location;
			}
		}
		return Optional.empty();
	}

}
