package com.newscenter.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers what reaches the servlet container's error page instead of a controller:
 * requests Spring Security's firewall refuses ({@code //}, {@code ;} in paths),
 * exceptions thrown by filters and {@code sendError} calls. Under {@code /api} that is
 * problem JSON, elsewhere the site's own error page; it replaces Spring Boot's
 * {@code BasicErrorController}, whose JSON is not RFC 9457 and whose page has no site
 * chrome.
 */
@Controller
class ErrorPageController implements ErrorController {

	/** The detail for a query string or form that is not validly percent-encoded. */
	static final String BADLY_ENCODED = "error.badlyEncoded";

	private final ProblemResponses problems;

	private final ErrorPages pages;

	private final PathLocaleResolver locales;

	ErrorPageController(ProblemResponses problems, ErrorPages pages, LocaleResolver locales) {
		this.problems = problems;
		this.pages = pages;
		this.locales = (PathLocaleResolver) locales;
	}

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		boolean badlyEncoded = badlyEncoded(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		HttpStatus status = badlyEncoded ? HttpStatus.BAD_REQUEST : status(request);
		String key = badlyEncoded ? BADLY_ENCODED : "error.detail." + status.value();
		if (OriginalRequest.path(request).startsWith("/api/")) {
			this.problems.write(request, response, status, detail(key, status, "en"));
			return null;
		}
		String lang = this.locales.language(request);
		return this.pages.page(request, lang, status, detail(key, status, lang));
	}

	private String detail(String key, HttpStatus status, String lang) {
		String fallback = status.is5xxServerError() ? "error.unexpected" : "error.detail.400";
		return this.pages.message(key, fallback, lang);
	}

	private static HttpStatus status(HttpServletRequest request) {
		HttpStatus status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)
				? HttpStatus.resolve(code) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/**
	 * Tells whether a filter failed on parameters Tomcat could not decode, which is the
	 * client's fault, not the server's.
	 */
	private static boolean badlyEncoded(Object error) {
		for (Throwable cause = (error instanceof Throwable thrown) ? thrown : null; cause != null; cause = cause
			.getCause()) {
			if (cause instanceof InvalidParameterException) {
				return true;
			}
		}
		return false;
	}

}
