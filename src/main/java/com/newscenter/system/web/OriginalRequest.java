package com.newscenter.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address the client asked for, also while the container's error page answers it (the
 * request's own URI is then the error page's): for the page's language, the problem's
 * {@code instance} and whether the API was asked.
 */
final class OriginalRequest {

	private OriginalRequest() {
	}

	/**
	 * Returns the URI the client sent, context path included.
	 * @param request the request, possibly an error dispatch
	 * @return the URI
	 */
	static String uri(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) {
			return original;
		}
		return request.getRequestURI();
	}

	/**
	 * Returns the path the client asked for within the application.
	 * @param request the request, possibly an error dispatch
	 * @return the path, without the context path
	 */
	static String path(HttpServletRequest request) {
		String uri = uri(request);
		if (uri == null) {
			// a request line Tomcat could not read
			return "";
		}
		String context = request.getContextPath();
		return (context != null && uri.startsWith(context)) ? uri.substring(context.length()) : uri;
	}

	/**
	 * Tells whether the client asked the JSON API, which answers errors with problem
	 * JSON.
	 * @param request the request, possibly an error dispatch
	 * @return whether its path is under {@code /api/}
	 */
	static boolean isApi(HttpServletRequest request) {
		return path(request).startsWith("/api/");
	}

}
