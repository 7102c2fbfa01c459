package com.newscenter.news;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Cleans article HTML before it is stored: news markup stays, scripts, event handlers and
 * dangerous URLs go.
 */
@Component
public class BodySanitizer {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(Sanitizers.IMAGES)
		.and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "pre", "code", "hr", "br")
			.allowAttributes("class")
			.matching(false, "align-left", "align-right", "align-center", "image")
			.onElements("figure", "img", "p")
			.toFactory());

	/**
	 * Returns the safe form of an HTML fragment.
	 * @param html the HTML as sent
	 * @return the HTML to store
	 */
	public String sanitize(String html) {
		return (html != null) ? POLICY.sanitize(html) : "";
	}

}
