package com.newscenter.analytics;

import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

import com.newscenter.system.Sha256;

import org.springframework.stereotype.Component;

/**
 * The web side of view counting: decides whether an article page request is a view and
 * who the visitor is, then lets the {@link ViewCounter} count it.
 */
@Component
public class ViewTracker {

	/**
	 * Request attribute holding the view this request counted, until its page is sent.
	 */
	private static final String COUNTED = ViewTracker.class.getName() + ".counted";

	private final ViewCounter counter;

	ViewTracker(ViewCounter counter) {
		this.counter = counter;
	}

	/**
	 * Counts the request as a view of the article when it is one.
	 * @param articleId the article shown
	 * @param storedViews its count as last read from the database
	 * @param request the page request
	 * @return the count to show on the page, this view included
	 */
	public long track(long articleId, long storedViews, HttpServletRequest request) {
		if (!CountableRequests.isView(request)) {
			return this.counter.current(articleId, storedViews);
		}
		Visitor visitor = visitor(request);
		ViewCounter.Recorded recorded = this.counter.record(articleId, storedViews, visitor);
		if (recorded.counted()) {
			request.setAttribute(COUNTED, new CountedView(articleId, visitor));
		}
		return recorded.count();
	}

	/**
	 * Takes back the view the request counted, if any: its page failed, so nobody read
	 * it.
	 * @param request the page request
	 */
	public void withdraw(HttpServletRequest request) {
		if (request.getAttribute(COUNTED) instanceof CountedView view) {
			request.removeAttribute(COUNTED);
			this.counter.withdraw(view.articleId(), view.visitor());
		}
	}

	private static Visitor visitor(HttpServletRequest request) {
		String cookie = VisitorCookieFilter.cookieValue(request);
		if (cookie != null) {
			return new Visitor("c:" + cookie, null);
		}
		String fallback = "a:" + digest(request.getRemoteAddr() + "|" + request.getHeader("User-Agent"));
		Object newId = request.getAttribute(VisitorCookieFilter.NEW_ID);
		return (newId != null) ? new Visitor("c:" + newId, fallback) : new Visitor(fallback, null);
	}

	/** A view counted by a request. */
	private record CountedView(long articleId, Visitor visitor) {
	}

	private static String digest(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.digest(value)).substring(0, 22);
	}

}
