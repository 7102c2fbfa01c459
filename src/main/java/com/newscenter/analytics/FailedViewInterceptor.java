package com.newscenter.analytics;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A view is counted before its page is rendered, so the count shown includes it; when the
 * page then fails (an exception, a server error), this takes the view back.
 */
class FailedViewInterceptor implements HandlerInterceptor {

	private final ViewTracker tracker;

	FailedViewInterceptor(ViewTracker tracker) {
		this.tracker = tracker;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (ex != null || response.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
			this.tracker.withdraw(request);
		}
	}

}
