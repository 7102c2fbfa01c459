package com.newscenter.system.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the language of a page: public pages take it from the first path segment
 * ({@code /zh/news} is Chinese); the back office from {@code ?lang=}, then the
 * {@code nc_lang} cookie it sets, then the browser's preference.
 */
public class PathLocaleResolver implements LocaleResolver {

	/** The cookie remembering the back-office language. */
	public static final String COOKIE = "nc_lang";

	private final List<String> languages;

	public PathLocaleResolver(List<String> languages) {
		this.languages = List.copyOf(languages);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Locale.forLanguageTag(language(request));
	}

	/**
	 * Returns the language of the request, or the default one.
	 * @param request the request
	 * @return the language code
	 */
	public String language(HttpServletRequest request) {
		// on the container's error page, the language of the page that failed
		String path = OriginalRequest.path(request);
		if (path.startsWith("/admin")) {
			return backOfficeLanguage(request);
		}
		int end = path.indexOf('/', 1);
		String first = (end > 0) ? path.substring(1, end) : path.substring(Math.min(1, path.length()));
		return this.languages.contains(first) ? first : this.languages.get(0);
	}

	private String backOfficeLanguage(HttpServletRequest request) {
		String chosen = chosenLanguage(request);
		if (chosen != null && this.languages.contains(chosen)) {
			return chosen;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
						&& this.languages.contains(cookie.getValue())) {
					return cookie.getValue();
				}
			}
		}
		for (Locale.LanguageRange range : acceptLanguage(request)) {
			String language = Locale.forLanguageTag(range.getRange()).getLanguage();
			if (this.languages.contains(language)) {
				return language;
			}
		}
		return this.languages.get(0);
	}

	/**
	 * Returns {@code ?lang=}, or {@code null} when there is none or the query string is
	 * not validly encoded (Tomcat then refuses every parameter, and the error page that
	 * says so needs a language too).
	 */
	private static String chosenLanguage(HttpServletRequest request) {
		try {
			return request.getParameter("lang");
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}

	private static List<Locale.LanguageRange> acceptLanguage(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return List.of();
		}
		try {
			return Locale.LanguageRange.parse(header);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (locale != null && this.languages.contains(locale.getLanguage()) && response != null) {
			response.addHeader(HttpHeaders.SET_COOKIE,
					ResponseCookie.from(COOKIE, locale.getLanguage())
						.path("/admin")
						.httpOnly(true)
						.sameSite("Lax")
						.secure(request.isSecure())
						.maxAge(java.time.Duration.ofDays(365))
						.build()
						.toString());
		}
	}

}
