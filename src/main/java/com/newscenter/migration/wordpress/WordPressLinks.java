package com.newscenter.migration.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.newscenter.migration.wordpress.ImportedItems.PublishedArticle;
import com.newscenter.site.SiteUrls;
import com.newscenter.system.web.MovedPages;

import org.springframework.stereotype.Component;

/**
 * Keeps the links to an imported WordPress site working when NewsCenter takes over its
 * address: a post's permalink ({@code /2023/01/quay-crane-plant-opens/}) and its short
 * link ({@code /?p=10}) lead, with a 301, to the article made of it once it is published.
 */
@Component
class WordPressLinks implements MovedPages {

	private static final int MAX_PATH = 600;

	private final ImportedItems items;

	WordPressLinks(ImportedItems items) {
		this.items = items;
	}

	@Override
	public Optional<String> newLocation(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		String raw = (context != null && uri.startsWith(context)) ? uri.substring(context.length()) : uri;
		String postId = request.getParameter("p");
		if ("/".equals(raw) && postId != null && postId.matches("\\d{1,18}")) {
			return only(this.items.publishedFromPost(Long.parseLong(postId)));
		}
		String path = path(raw);
		return (path != null) ? only(this.items.publishedAt(path)) : Optional.empty();
	}

	/**
	 * Returns the path of a WordPress address as it is kept and looked up: decoded,
	 * without host, query or trailing slash.
	 * @param url a permalink, or the path of a request
	 * @return the path, or {@code null} for the site's root or an address that is too
	 * long
	 */
	static String path(String url) {
		if (url == null) {
			return null;
		}
		String path = url.strip();
		int scheme = path.indexOf("://");
		if (scheme >= 0) {
			int slash = path.indexOf('/', scheme + 3);
			path = (slash >= 0) ? path.substring(slash) : "/";
		}
		int end = indexOfAny(path, '?', '#');
		path = (end >= 0) ? path.substring(0, end) : path;
		try {
			path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return (path.isEmpty() || !path.startsWith("/") || path.length() > MAX_PATH) ? null : path;
	}

	/** The article, when the address leads to one only. */
	private static Optional<String> only(List<PublishedArticle> articles) {
		if (articles.size() != 1) {
			return Optional.empty();
		}
		PublishedArticle article = articles.get(0);
		return Optional.of(SiteUrls.article(article.language(), article.id()));
	}

	private static int indexOfAny(String text, char first, char second) {
		int a = text.indexOf(first);
		int b = text.indexOf(second);
		return (a < 0) ? b : (b < 0) ? a : Math.min(a, b);
	}

}
