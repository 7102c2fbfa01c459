package com.newscenter.system.web;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import com.newscenter.site.LayoutFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The site's error page, with its header and footer in the page's language: one place for
 * the errors controllers raise and for those that reach the servlet container.
 */
@Component
class ErrorPages {

	private final MessageSource messages;

	private final LayoutFactory layouts;

	ErrorPages(MessageSource messages, LayoutFactory layouts) {
		this.messages = messages;
		this.layouts = layouts;
	}

	/**
	 * Builds the error page.
	 * @param request the failed request
	 * @param lang the language to show it in
	 * @param status the status
	 * @param detail what went wrong, in that language
	 * @return the page
	 */
	ModelAndView page(HttpServletRequest request, String lang, HttpStatus status, String detail) {
		// an HTML page, even at a path ending in .xml or .rss that the view would take
		// for its type
		request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, Set.of(MediaType.TEXT_HTML));
		ModelAndView page = new ModelAndView("error/problem", status);
		page.addObject("status", status.value());
		page.addObject("errorTitle", this.messages.getMessage("error.title." + status.value(), null,
				status.getReasonPhrase(), Locale.forLanguageTag(lang)));
		page.addObject("detail", detail);
		page.addObject("layout", this.layouts.samePath(lang, "/"));
		return page;
	}

	/**
	 * Returns a message of the bundle.
	 * @param key its key
	 * @param args its arguments
	 * @param lang the language
	 * @return the text
	 */
	String message(String key, Object[] args, String lang) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag(lang));
	}

	/**
	 * Returns a message of the bundle, or another when it has none under that key.
	 * @param key its key
	 * @param fallbackKey the key of the message to use instead
	 * @param lang the language
	 * @return the text
	 */
	String messageOr(String key, String fallbackKey, String lang) {
		Locale locale = Locale.forLanguageTag(lang);
		String text = this.messages.getMessage(key, null, null, locale);
		return (text != null) ? text : this.messages.getMessage(fallbackKey, null, locale);
	}

}
