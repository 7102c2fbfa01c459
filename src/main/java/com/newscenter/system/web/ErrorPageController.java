package com.newscenter.system.web;

import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers what reaches the servlet container's error page instead of a controller:
 * requests Spring Security's firewall refuses ({@code //}, {@code ;} in paths),
 * exceptions thrown by filters (parameters Tomcat refuses among them) and
 * {@code sendError} calls. Under {@code /api} that is problem JSON, elsewhere the site's
 * own error page; it replaces Spring Boot's {@code BasicErrorController}, whose JSON is
 * not RFC 9457 and whose page has no site chrome.
 */
@Controller
class ErrorPageController implements ErrorController {

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
		Optional<RefusedParameters> refused = RefusedParameters
			.of(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		HttpStatus status = refused.map(RefusedParameters::status).orElseGet(() -> status(request));
		String key = refused.map(RefusedParameters::messageKey).orElse("error.detail." + status.value());
		if (OriginalRequest.isApi(request)) {
			this.problems.write(request, response, status, detail(key, status, "en"));
			return null;
		}
		String lang = this.locales.language(request);
		return this.pages.page(request, lang, status, detail(key, status, lang));
	}

	private String detail(String key, HttpStatus status, String lang) {
		String fallback = status.is5xxServerError() ? "error.unexpected" : "error.detail.400";
		return this.pages.messageOr(key, fallback, lang);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// asked for directly, not sent here by the container: there is no such page
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = (code instanceof Integer number) ? HttpStatus.resolve(number) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
