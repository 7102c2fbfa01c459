package com.newscenter.analytics;

import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.support.SiteClient;
import com.newscenter.news.Article;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A view whose page fails after it was counted is taken back, so the count only holds
 * pages people got, and the visitor's next view counts.
 */
class FailedViewTests extends SiteViewTests {

	/**
	 * Requests with this header fail after the view was counted, before the page renders.
	 */
	static final String BREAK_PAGE = "X-Test-Break-Page";

	@Test
	void aViewWhosePageFailsIsTakenBack() throws Exception {
		Article article = this.content.article("en").create();
		String path = SiteClient.pathOf(article);
		assertThat(this.site.view(article, "first")).isEqualTo(1);

		// a URL of its own (the cache keys on page), so the page cache cannot answer it:
		// only a rendered page can fail
		HttpResponse<String> failed = this.site.send("GET", path + "?page=0", "User-Agent", SiteClient.BROWSER,
				"Cookie", VisitorCookieFilter.COOKIE + "=second", BREAK_PAGE, "yes");
		this.counter.flush();

		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(1);
		assertThat(StoredViews.daily(this.jdbc, article.id())).isEqualTo(1);
		assertThat(this.site.view(article, "second")).isEqualTo(2);
	}

	@Test
	void aViewAlreadyWrittenIsTakenBackByTheNextWrite() throws Exception {
		Article article = this.content.article("en").create();
		this.site.view(article, "first");
		this.counter.flush();

		this.site.send("GET", SiteClient.pathOf(article) + "?page=0", "User-Agent", SiteClient.BROWSER, "Cookie",
				VisitorCookieFilter.COOKIE + "=second", BREAK_PAGE, "yes");
		this.counter.flush();

		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(1);
		assertThat(this.site.view(article, "third")).isEqualTo(2);
	}

	/** Breaks article pages on request, the way a failing template or query would. */
	@TestConfiguration(proxyBeanMethods = false)
	static class BreakablePages implements WebMvcConfigurer {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new HandlerInterceptor() {

				@Override
				public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
						ModelAndView modelAndView) {
					if (request.getHeader(BREAK_PAGE) != null) {
						throw new IllegalStateException("page broken on purpose by the test");
					}
				}

			}).addPathPatterns("/*/news/*");
		}

	}

}
