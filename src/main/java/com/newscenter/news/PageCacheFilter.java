package com.newscenter.news;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.analytics.ViewTracker;
import com.newscenter.analytics.VisitorCookieFilter;
import com.newscenter.news.CachedPage.Header;
import com.newscenter.news.CachedPage.RenderedArticle;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the home page, news lists, article pages and feeds from the {@link PageCache}
 * once rendered, ahead of the security chain and the template engine (on a running
 * server, the {@link KeptPageValve} serves them even earlier); an article page served so
 * still counts its view and shows the live count, and the other pages carry an
 * {@code ETag}, so a feed reader asking again gets a {@code 304} until the feed changes.
 */
@Component
class PageCacheFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * First, ahead of request observations too: a hit is counted by the cache's own meter
	 * and costs nothing more.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	/** The contract's hook around the view count; the count is the digits after it. */
	private static final byte[] COUNT_HOOK = "data-testid=\"article-views\">".getBytes(StandardCharsets.US_ASCII);

	/**
	 * The query parameters the cached pages depend on (the news list's); any other
	 * parameter leaves a page as it is.
	 */
	private static final List<String> PAGE_PARAMETERS = List.of("category", "page");

	private static final String RENDERED_ARTICLE = PageCacheFilter.class.getName() + ".article";

	private static final String KEEP_UNTIL = PageCacheFilter.class.getName() + ".keepUntil";

	/** Tomcat's refusal of a request's parameters, when the valve met it first. */
	private static final String REFUSED_PARAMETERS = PageCacheFilter.class.getName() + ".refusedParameters";

	/** Headers that belong to one response or that the server sets itself. */
	private static final Set<String> NOT_KEPT = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"content-type", "content-language", "connection", "keep-alive", "vary", "content-encoding", "etag");

	/** The types of the pages kept: the site's pages and its feeds. */
	private static final List<String> KEPT_TYPES = List.of("text/html", "application/rss+xml", "application/atom+xml");

	private final PageCache cache;

	private final PageCompression compression;

	private final ViewTracker tracker;

	private final boolean enabled;

	private final Pattern cachedPaths;

	PageCacheFilter(PageCache cache, PageCompression compression, ViewTracker tracker,
			NewsCenterProperties properties) {
		this.cache = cache;
		this.compression = compression;
		this.tracker = tracker;
		this.enabled = properties.pageCache().enabled();
		String languages = properties.languages().stream().map(Pattern::quote).collect(Collectors.joining("|"));
		this.cachedPaths = Pattern
			.compile("/(?:" + languages + ")/(?:news(?:/\\d{1,18}(?:/[^/]+)?)?|feed\\.(?:rss|atom))?");
	}

	/**
	 * Tells the filter that the page being rendered shows an article and its view count.
	 * @param request the page request
	 * @param articleId the article
	 * @param storedViews its count as read from the database
	 */
	static void renderingArticle(HttpServletRequest request, long articleId, long storedViews) {
		request.setAttribute(RENDERED_ARTICLE, new RenderedArticle(articleId, storedViews));
	}

	/**
	 * Tells the filter that the page being rendered shows something that changes at a
	 * given time, so it is kept only until then.
	 * @param request the page request
	 * @param until when the page stops being right
	 */
	static void keepUntil(HttpServletRequest request, Instant until) {
		request.setAttribute(KEEP_UNTIL, until);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.enabled || !"GET".equals(request.getMethod())
				|| !this.cachedPaths.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (serveKept(key, request, response)) {
			return;
		}
		// on the real response: a cookie set while the page renders keeps it from the
		// cache
		VisitorCookieFilter.issue(request, response);
		long generation = this.cache.generation();
		CapturingResponse capture = new CapturingResponse(response);
		chain.doFilter(request, capture);
		byte[] body = capture.body();
		if (cacheable(capture)) {
			CachedPage rendered = page(request, response, body);
			if (rendered != null) {
				this.cache.put(key, rendered, generation);
				boolean gzipped = gzipped(rendered, request);
				rendered.varyOn(response);
				if (!notModified(request, response, rendered, gzipped)) {
					rendered.writeBodyTo(response, rendered.renderedCount(), gzipped);
				}
				return;
			}
		}
		capture.send(body);
	}

	/**
	 * Serves a request from the kept pages before it enters the servlet container's
	 * pipeline, for the {@link KeptPageValve}.
	 * @param request the request
	 * @param response its response
	 * @return whether the request was served; if not, it goes on to the container
	 * @throws IOException when the client is gone
	 */
	boolean serveAhead(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (shouldNotFilter(request)) {
			return false;
		}
		String key;
		try {
			key = key(request);
		}
		catch (IllegalStateException ex) {
			// parameters Tomcat cannot read: it says so at the first reading only, so the
			// filter says it again, and the site's error page answers it
			request.setAttribute(REFUSED_PARAMETERS, ex);
			return false;
		}
		return serveKept(key, request, response);
	}

	private boolean serveKept(String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
		CachedPage page = this.cache.get(key);
		if (page == null) {
			return false;
		}
		VisitorCookieFilter.issue(request, response);
		boolean gzipped = gzipped(page, request);
		if (notModified(request, response, page, gzipped)) {
			page.writeHeadersTo(response);
			return true;
		}
		long views = page.isArticle() ? this.tracker.track(page.article().id(), page.article().storedViews(), request)
				: 0;
		page.writeTo(response, views, gzipped);
		return true;
	}

	/**
	 * Tells whether a page goes compressed: if it is kept so and the client takes gzip.
	 */
	private boolean gzipped(CachedPage page, HttpServletRequest request) {
		return page.gzip() != null && this.compression.accepted(request);
	}

	/**
	 * Answers a conditional request for a page whose {@code ETag} it names with a
	 * {@code 304}, and gives the page's {@code ETag} otherwise; article pages have none,
	 * as every view changes their count.
	 * @return whether the {@code 304} is the answer
	 */
	private static boolean notModified(HttpServletRequest request, HttpServletResponse response, CachedPage page,
			boolean gzipped) {
		String etag = page.etag(gzipped);
		return etag != null && new ServletWebRequest(request, response).checkNotModified(etag);
	}

	/**
	 * The page's URL with only the parameters the pages read, so that links carrying
	 * tracking parameters ({@code utm_source}, {@code fbclid}, …), which make nearly
	 * every link shared on social media unique, are served from the one kept page.
	 * @return the key
	 */
	private static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(96).append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI());
		if (request.getQueryString() != null) {
			// a query string Tomcat cannot decode throws here, at the first reading only:
			// the error page makes that a 400
			if (request.getAttribute(REFUSED_PARAMETERS) instanceof IllegalStateException refused) {
				throw refused;
			}
			char separator = '?';
			for (String name : PAGE_PARAMETERS) {
				String[] values = request.getParameterValues(name);
				if (values != null) {
					// encoded, so that no value can pass for another parameter; joined as
					// the controllers see several values
					key.append(separator)
						.append(name)
						.append('=')
						.append(URLEncoder.encode(String.join(",", values), StandardCharsets.UTF_8));
					separator = '&';
				}
			}
		}
		return key.toString();
	}

	private static boolean cacheable(CapturingResponse capture) {
		// a session made while rendering is a Set-Cookie too
		if (capture.bypassed() || capture.setsCookie() || capture.getStatus() != HttpServletResponse.SC_OK) {
			return false;
		}
		String type = capture.getContentType();
		return type != null && KEPT_TYPES.stream().anyMatch(type::startsWith);
	}

	private CachedPage page(HttpServletRequest request, HttpServletResponse response, byte[] body) {
		List<Header> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach((value) -> headers.add(new Header(name, value)));
			}
		}
		RenderedArticle article = (RenderedArticle) request.getAttribute(RENDERED_ARTICLE);
		int start = -1;
		int end = -1;
		if (article != null) {
			start = indexOf(body, COUNT_HOOK);
			if (start < 0) {
				return null;
			}
			start += COUNT_HOOK.length;
			end = start;
			while (end < body.length && body[end] >= '0' && body[end] <= '9') {
				end++;
			}
			if (end == start) {
				return null;
			}
		}
		// as Spring's ShallowEtagHeaderFilter makes them
		String etag = (article != null) ? null : "\"0" + DigestUtils.md5DigestAsHex(body) + "\"";
		String type = response.getContentType();
		return new CachedPage(type, response.getLocale(), List.copyOf(headers), body, start, end, article,
				(Instant) request.getAttribute(KEEP_UNTIL), etag, this.compression.compress(type, body, start, end));
	}

	private static int indexOf(byte[] body, byte[] part) {
		outer: for (int i = 0; i <= body.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (body[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
