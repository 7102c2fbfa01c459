package com.newscenter.analytics;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.system.Sha256;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every visitor of the public pages the first-party {@code nc_vid} cookie on their
 * first response, so later views are recognised as theirs.
 */
@Component
public class VisitorCookieFilter extends OncePerRequestFilter {

	/** The cookie's name, fixed by the contract. */
	public static final String COOKIE = "nc_vid";

	/** Request attribute holding the id newly given to a cookieless visitor. */
	static final String NEW_ID = VisitorCookieFilter.class.getName() + ".newId";

	private static final int MAX_ID_LENGTH = 64;

	private static final Duration LIFETIME = Duration.ofDays(365);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		issue(request, response);
		chain.doFilter(request, response);
	}

	/**
	 * Gives the visitor the cookie unless they have one or were given one by this request
	 * already; for pages served ahead of this filter, such as cached ones.
	 * @param request the page request
	 * @param response its response
	 */
	public static void issue(HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(NEW_ID) != null || cookieValue(request) != null) {
			return;
		}
		String id = UUID.randomUUID().toString();
		request.setAttribute(NEW_ID, id);
		ResponseCookie cookie = ResponseCookie.from(COOKIE, id)
			.path("/")
			.maxAge(LIFETIME)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"GET".equals(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/actuator")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/media/")
				|| path.startsWith("/webjars/") || path.startsWith("/images/") || path.startsWith("/admin")
				|| path.contains(".");
	}

	/**
	 * Returns the visitor id the request carries, a long one as its digest, or
	 * {@code null}.
	 * @param request the request
	 * @return the id
	 */
	static String cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
				String value = cookie.getValue();
				// a long id is kept as its digest: bounded in memory, yet still told
				// apart from another long id that merely starts the same way
				return (value.length() > MAX_ID_LENGTH) ? "sha256:" + Sha256.hex(value) : value;
			}
		}
		return null;
	}

}
