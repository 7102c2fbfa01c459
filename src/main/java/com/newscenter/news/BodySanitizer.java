package com.newscenter.news;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		// p and img are allowed by the policies above too; naming them here is what lets
		// them keep an alignment class
		.and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "pre", "code", "hr", "br", "p", "img")
			.allowAttributes("class")
			.matching(false, "align-left", "align-right", "align-center", "image")
			.onElements("figure", "img", "p")
			.toFactory());

	/**
	 * A link to a path of this site, as the sanitiser writes it: "nofollow" is for links
	 * elsewhere, and would keep search engines from following the site's own.
	 */
	private static final Pattern INTERNAL_LINK = Pattern.compile("<a href=\"(/(?!/)[^\"]*)\" rel=\"nofollow\">");

	/** A character reference in hexadecimal, as the sanitiser writes them. */
	private static final Pattern REFERENCE = Pattern.compile("&#x([0-9a-fA-F]{2,6});");

	/** Full-width and small forms of markup characters: they stay references. */
	private static final Set<Integer> MARKUP_LOOKALIKES = Set.of(0xFF02, 0xFF06, 0xFF07, 0xFF1C, 0xFF1D, 0xFF1E, 0xFF40,
			0xFE64, 0xFE65);

	/**
	 * Returns the safe form of an HTML fragment. The sanitiser writes full-width
	 * punctuation and emoji as character references ({@code &#xff0c;} for "，"); they are
	 * turned back into the characters, so Chinese text stays readable in the API and the
	 * editor's source view and takes a third of the space. Links to the site's own paths
	 * lose the "nofollow" the sanitiser gives every link.
	 * @param html the HTML as sent
	 * @return the HTML to store
	 */
	public String sanitize(String html) {
		return (html != null) ? readable(followed(POLICY.sanitize(html))) : "";
	}

	private static String followed(String html) {
		return INTERNAL_LINK.matcher(html).replaceAll("<a href=\"$1\">");
	}

	private static String readable(String html) {
		return REFERENCE.matcher(html).replaceAll((reference) -> {
			int codePoint = Integer.parseInt(reference.group(1), 16);
			return Matcher.quoteReplacement(plainText(codePoint) ? Character.toString(codePoint) : reference.group());
		});
	}

	/**
	 * Tells whether a character can appear as itself anywhere in HTML: not markup or a
	 * look-alike of it, not a control, line separator, surrogate or unassigned code
	 * point.
	 */
	private static boolean plainText(int codePoint) {
		if (codePoint < 0xA0 || codePoint > Character.MAX_CODE_POINT || MARKUP_LOOKALIKES.contains(codePoint)) {
			return false;
		}
		int type = Character.getType(codePoint);
		return type != Character.UNASSIGNED && type != Character.SURROGATE && type != Character.PRIVATE_USE
				&& type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
				&& type != Character.PARAGRAPH_SEPARATOR;
	}

}
