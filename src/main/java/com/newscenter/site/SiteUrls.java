package com.newscenter.site;

import com.newscenter.system.NewsCenterProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Makes absolute URLs for canonical links, feeds and QR codes: from
 * {@code newscenter.base-url} when set, else from the request (honouring
 * {@code X-Forwarded-*}).
 */
@Component
public class SiteUrls {

	private final String baseUrl;

	SiteUrls(NewsCenterProperties properties) {
		String base = properties.baseUrl();
		this.baseUrl = (base == null || base.isBlank()) ? null : base.replaceAll("/+$", "");
	}

	/**
	 * Returns the absolute form of a site path.
	 * @param path a path starting with {@code /}
	 * @return the absolute URL
	 */
	public String absolute(String path) {
		if (this.baseUrl != null) {
			return this.baseUrl + path;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

	/**
	 * Returns the absolute base of the site, to which many paths are appended at once.
	 * @return the base URL, without a trailing slash
	 */
	public String base() {
		String base = absolute("");
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	public static String article(String lang, long id) {
		return "/" + lang + "/news/" + id;
	}

}
