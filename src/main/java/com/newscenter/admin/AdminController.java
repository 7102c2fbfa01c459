package com.newscenter.admin;

import java.util.List;

import com.newscenter.account.CurrentActor;
import com.newscenter.analytics.ViewStatistics;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleStatus;
import com.newscenter.news.ArticleSummary;
import com.newscenter.news.StaffArticles;
import com.newscenter.site.SiteUrls;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back-office shell: sign-in page and dashboard.
 */
@Controller
class AdminController {

	static final String LOGIN_VIEW = "admin/login";

	static final String DASHBOARD_VIEW = "admin/dashboard";

	private static final int CHART_DAYS = 30;

	private static final int TOP = 10;

	private final ArticleService articles;

	private final ViewStatistics statistics;

	private final StaffArticles staffArticles;

	private final CurrentActor actors;

	AdminController(ArticleService articles, StaffArticles staffArticles, ViewStatistics statistics,
			CurrentActor actors) {
		this.articles = articles;
		this.staffArticles = staffArticles;
		this.statistics = statistics;
		this.actors = actors;
	}

	@GetMapping("/admin/login")
	String login() {
		return LOGIN_VIEW;
	}

	@GetMapping({ "/admin", "/admin/" })
	String dashboard(Authentication authentication, Model model) {
		List<ViewStatistics.DayViews> days = this.statistics.lastDays(CHART_DAYS);
		List<ViewStatistics.ArticleViews> top = this.statistics.mostRead(CHART_DAYS, TOP);
		List<ArticleSummary> topArticles = this.articles
			.summaries(top.stream().map(ViewStatistics.ArticleViews::articleId).toList());
		List<DashboardView.TopArticle> topRows = topArticles.stream()
			.map((a) -> new DashboardView.TopArticle(a.title(), SiteUrls.article(a.language(), a.id()), a.language(),
					top.stream()
						.filter((t) -> t.articleId() == a.id())
						.mapToLong(ViewStatistics.ArticleViews::views)
						.sum()))
			.toList();
		long today = days.get(days.size() - 1).views();
		long week = days.subList(days.size() - 7, days.size()).stream().mapToLong(ViewStatistics.DayViews::views).sum();
		long month = days.stream().mapToLong(ViewStatistics.DayViews::views).sum();
		model.addAttribute("dashboard",
				new DashboardView(this.articles.countByStatus(),
						this.staffArticles.withStatus(ArticleStatus.REVIEW, TOP, this.actors.of(authentication)), today,
						week, month, days.stream().map((d) -> d.day().toString()).toList(),
						days.stream().map(ViewStatistics.DayViews::views).toList(), topRows));
		return DASHBOARD_VIEW;
	}

}
