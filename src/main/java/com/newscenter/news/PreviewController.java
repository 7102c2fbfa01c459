package com.newscenter.news;

import java.util.List;
import java.util.Map;

import com.newscenter.account.CurrentActor;
import com.newscenter.site.LayoutFactory;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Shows staff an article as readers will see it, whatever its status (authors only their
 * own unpublished ones); under {@code /admin}, so only signed-in staff reach it, and it
 * never counts a view.
 */
@Controller
class PreviewController {

	private final StaffArticles articles;

	private final NewsViews views;

	private final LayoutFactory layouts;

	private final CurrentActor actors;

	PreviewController(StaffArticles articles, NewsViews views, LayoutFactory layouts, CurrentActor actors) {
		this.articles = articles;
		this.actors = actors;
		this.views = views;
		this.layouts = layouts;
	}

	@GetMapping("/admin/articles/{id}/preview")
	String preview(@PathVariable long id, Authentication authentication, Model model) {
		Article article = this.articles.find(id, this.actors.of(authentication));
		model.addAttribute("layout", this.layouts.withCounterparts(article.language(), Map.of()));
		model.addAttribute("article", this.views.page(article, article.views(), null, null, List.of()));
		model.addAttribute("preview", true);
		return NewsController.ARTICLE_VIEW;
	}

}
