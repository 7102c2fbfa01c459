package com.newscenter.system.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Takes the page language from the first segment of the path ({@code /zh/news} is
 * Chinese), falling back to the default language.
 */
public class PathLocaleResolver implements LocaleResolver {

	private final List<String> languages;

	public PathLocaleResolver(List<String> languages) {
		this.languages = List.copyOf(languages);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Locale.forLanguageTag(language(request));
	}

	/**
	 * Returns the language of the path, or the default one.
	 * @param request the request
	 * @return the language code
	 */
	public String language(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		int end = path.indexOf('/', 1);
		String first = (end > 0) ? path.substring(1, end) : path.substring(Math.min(1, path.length()));
		return this.languages.contains(first) ? first : this.languages.get(0);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language is chosen by the URL");
	}

}
