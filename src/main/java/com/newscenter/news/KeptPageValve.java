package com.newscenter.news;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Serves kept pages as soon as Tomcat has read the request, ahead of its container
 * pipeline (host and context valves, request listeners, the filter chain), which cost a
 * kept article page about a seventh of its CPU; everything else goes on as usual, where
 * the {@link PageCacheFilter} renders and keeps pages.
 */
class KeptPageValve extends ValveBase {

	private final Supplier<PageCacheFilter> pages;

	/**
	 * Makes the valve.
	 * @param pages the filter that keeps the pages, looked up on first use: the valve is
	 * made with the server, before the application's beans
	 */
	KeptPageValve(Supplier<PageCacheFilter> pages) {
		super(true);
		this.pages = pages;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		// a request Tomcat could not read (no context, an error already) goes on to its
		// error page
		if (request.getContext() == null || response.isError() || !this.pages.get().serveAhead(request, response)) {
			getNext().invoke(request, response);
		}
	}

}
