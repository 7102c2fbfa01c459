package com.newscenter.news;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import com.newscenter.analytics.ViewTracker;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.site.Languages;
import com.newscenter.site.LayoutFactory;
import com.newscenter.site.SiteUrls;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.system.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * The public news list and article pages.
 */
@Controller
class NewsController {

	static final String LIST_VIEW = "news/list";

	static final String ARTICLE_VIEW = "news/article";

	private final ArticleService articles;

	private final CategoryService categories;

	private final NewsViews views;

	private final ArticlePages pages;

	private final ViewTracker tracker;

	private final Languages languages;

	private final LayoutFactory layouts;

	private final PageMetas metas;

	private final int pageSize;

	NewsController(ArticleService articles, CategoryService categories, NewsViews views, ArticlePages pages,
			ViewTracker tracker, Languages languages, LayoutFactory layouts, PageMetas metas,
			NewsCenterProperties properties) {
		this.articles = articles;
		this.categories = categories;
		this.views = views;
		this.pages = pages;
		this.tracker = tracker;
		this.languages = languages;
		this.layouts = layouts;
		this.metas = metas;
		this.pageSize = properties.pageSize();
	}

	@GetMapping("/{lang}/news")
	String list(@PathVariable String lang, @RequestParam(required = false) String category,
			@RequestParam(required = false) String page, Model model) {
		this.languages.require(lang);
		Category filter = null;
		if (category != null && !category.isEmpty()) {
			filter = this.categories.findBySlug(category)
				.orElseThrow(() -> new NotFoundException("error.categoryNotFound", category));
		}
		int pageNumber = Pagination.parse(page);
		PageResult<ArticleSummary> result = this.articles.published(lang, filter, pageNumber, this.pageSize);
		String query = (filter != null) ? "?category=" + filter.slug() + "&page=" : "?page=";
		String base = "/" + lang + "/news";
		model.addAttribute("layout",
				this.layouts.samePath(lang, "/news" + ((filter != null) ? "?category=" + filter.slug() : "")));
		model.addAttribute("category", (filter != null) ? filter.name(lang) : null);
		model.addAttribute("filter", this.views.filter(lang, filter));
		model.addAttribute("allUrl", base);
		model.addAttribute("articles", this.views.cards(result.items(), lang));
		model.addAttribute("pages", Pagination.links(pageNumber, result.totalPages(), (n) -> base + query + n));
		model.addAttribute("meta", this.metas.list(lang, filter, pageNumber, result.totalPages()));
		return LIST_VIEW;
	}

	@GetMapping({ "/{lang}/news/{id:\\d{1,18}}", "/{lang}/news/{id:\\d{1,18}}/{slug}" })
	String article(@PathVariable String lang, @PathVariable long id, HttpServletRequest request, Model model) {
		this.languages.require(lang);
		Article article = this.articles.findPublished(id);
		if (!article.language().equals(lang)) {
			// an article's language never changes: search engines may keep the move
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:" + SiteUrls.article(article.language(), id);
		}
		long views = this.tracker.track(id, article.views(), request);
		PageCacheFilter.renderingArticle(request, id, article.views());
		ArticlePages.Assembled assembled = this.pages.page(article, views);
		model.addAttribute("layout", this.layouts.withCounterparts(lang, assembled.translations()));
		model.addAttribute("article", assembled.page());
		model.addAttribute("meta", this.metas.article(article, assembled.page(), assembled.translationIds()));
		return ARTICLE_VIEW;
	}

}
