package com.newscenter.search;

import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.news.Pagination;
import com.newscenter.site.Languages;
import com.newscenter.site.LayoutFactory;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page: a prompt, a refusal of a too long query (status 400), or the
 * results with pagination.
 */
@Controller
class SearchController {

	static final String RESULTS_VIEW = "search/results";

	private final SearchViews views;

	private final Languages languages;

	private final LayoutFactory layouts;

	private final int pageSize;

	SearchController(SearchViews views, Languages languages, LayoutFactory layouts, NewsCenterProperties properties) {
		this.views = views;
		this.languages = languages;
		this.layouts = layouts;
		this.pageSize = properties.pageSize();
	}

	@GetMapping("/{lang}/search")
	String search(@PathVariable String lang, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, Model model, HttpServletResponse response) {
		this.languages.require(lang);
		SearchPageView view = this.views.page(lang, q, Pagination.parse(page), this.pageSize);
		if (view.tooLong()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		String query = view.searched() ? view.query() : null;
		model.addAttribute("layout", this.layouts.samePath(lang, SearchViews.pathAfterLanguage(query, 0)));
		model.addAttribute("search", view);
		return RESULTS_VIEW;
	}

}
