package com.newscenter.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.web.util.WebUtils;

/**
 * Remembers, in a cookie, the back-office page an anonymous visitor asked for, so that
 * signing in leads back to it. Kept in the session, it gave every such visitor a server
 * session: a script requesting {@code /admin} in a loop filled the heap with them. Only a
 * path of the back office is ever taken back, so the cookie cannot send anyone elsewhere.
 */
final class ReturnPathCookie implements RequestCache {

	static final String COOKIE = "nc_return";

	private static final String PATH = "/admin";

	private static final int MAX_LENGTH = 1024;

	private static final Duration LIFETIME = Duration.ofMinutes(30);

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		String target = pathOf(request);
		if (!"GET".equals(request.getMethod()) || !isBackOfficePath(target) || target.length() > MAX_LENGTH) {
			return;
		}
		write(request, response, Base64.getUrlEncoder().encodeToString(target.getBytes(StandardCharsets.UTF_8)),
				LIFETIME);
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		String target = saved(request);
		return (target != null) ? new SimpleSavedRequest(target) : null;
	}

	/**
	 * Nothing to replay: a saved request is only ever a page to go back to, by GET.
	 */
	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		if (WebUtils.getCookie(request, COOKIE) != null) {
			write(request, response, "", Duration.ZERO);
		}
	}

	private static String saved(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null || cookie.getValue().length() > 2 * MAX_LENGTH) {
			return null;
		}
		try {
			String target = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
			return isBackOfficePath(target) ? target : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Tells whether a target is a page of this site's back office: {@code /admin} or
	 * under it, and nothing a browser could read as another host.
	 */
	static boolean isBackOfficePath(String target) {
		if (!(target.equals(PATH) || target.startsWith(PATH + "/") || target.startsWith(PATH + "?"))) {
			return false;
		}
		for (int i = 0; i < target.length(); i++) {
			char c = target.charAt(i);
			if (c < 0x21 || c == 0x7f || c == '\\') {
				return false;
			}
		}
		return !target.contains("//") && !target.startsWith(FormSignInThrottling.LOGIN);
	}

	private static String pathOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		return (query != null) ? path + "?" + query : path;
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
		String path = request.getContextPath() + PATH;
		ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
			.path(path)
			.maxAge(maxAge)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
