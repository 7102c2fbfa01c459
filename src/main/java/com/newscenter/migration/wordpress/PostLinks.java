package com.newscenter.migration.wordpress;

import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.Encoding;

/**
 * Points the links between the posts of an imported site at this site: a link to a post
 * imported before leads to its article; one to a post still to come, to the post's old
 * path here, which leads to its article once that is published. Links to anything else
 * (pages, other sites) stay as they are.
 */
final class PostLinks {

	private static final Pattern HREF = Pattern
		.compile("(?i)(\\bhref\\s*=\\s*)(?:\"([^\"<>]{1,2000})\"|'([^'<>]{1,2000})')");

	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

	private static final Pattern POST_ID = Pattern.compile("(?:^|&)p=(\\d{1,18})(?:&|$)");

	private final ExportSurvey survey;

	private final String host;

	private final String basePath;

	private final LongFunction<Optional<String>> articleUrl;

	/**
	 * Creates the links of one import.
	 * @param survey the export's posts and their paths
	 * @param articleUrl the address of the article a post became, or empty when it is not
	 * imported yet
	 */
	PostLinks(ExportSurvey survey, LongFunction<Optional<String>> articleUrl) {
		this.survey = survey;
		Address site = Address.of(survey.site());
		this.host = (site != null) ? site.host() : null;
		this.basePath = (site != null) ? WordPressLinks.path(site.rest()) : null;
		this.articleUrl = articleUrl;
	}

	/**
	 * Returns a body with its links to the export's posts pointed at this site.
	 * @param html the body
	 * @return the body with the new links
	 */
	String relinked(String html) {
		Matcher href = HREF.matcher(html);
		StringBuilder out = new StringBuilder(html.length());
		while (href.find()) {
			boolean doubleQuoted = href.group(2) != null;
			String target = target(doubleQuoted ? href.group(2) : href.group(3));
			if (target != null) {
				char quote = doubleQuoted ? '"' : '\'';
				href.appendReplacement(out, Matcher.quoteReplacement(href.group(1) + quote + target + quote));
			}
		}
		href.appendTail(out);
		return out.toString();
	}

	/**
	 * Where a link to one of the export's posts leads now, or {@code null} to keep it.
	 */
	private String target(String attribute) {
		String url = Encoding.decodeHtml(attribute).strip();
		Address address = url.startsWith("/") && !url.startsWith("//") ? new Address(this.host, url) : Address.of(url);
		if (address == null || this.host == null || !this.host.equals(address.host())) {
			return null;
		}
		String rest = address.rest();
		int hash = rest.indexOf('#');
		String fragment = (hash >= 0) ? rest.substring(hash) : "";
		String withoutFragment = (hash >= 0) ? rest.substring(0, hash) : rest;
		int question = withoutFragment.indexOf('?');
		String path = WordPressLinks.path((question >= 0) ? withoutFragment.substring(0, question) : withoutFragment);
		Long postId = null;
		if (question >= 0 && (path == null || path.equals(this.basePath))) {
			Matcher id = POST_ID.matcher(withoutFragment.substring(question + 1));
			if (id.find() && this.survey.isPost(Long.parseLong(id.group(1)))) {
				postId = Long.parseLong(id.group(1));
			}
		}
		else if (path != null) {
			postId = this.survey.postAt(path);
		}
		if (postId == null) {
			return null;
		}
		return this.articleUrl.apply(postId).map((article) -> article + fragment).orElseGet(() -> escaped(rest));
	}

	private static String escaped(String value) {
		return value.replace("&", "&amp;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;")
			.replace("<", "&lt;")
			.replace(">", "&gt;");
	}

	/**
	 * An address on the web, split after its host.
	 *
	 * @param host the host, lower case, without {@code www.}
	 * @param rest the path, query and fragment; {@code /} at least
	 */
	private record Address(String host, String rest) {

		/**
		 * The address of an absolute or scheme-relative URL on the web, or {@code null}.
		 */
		static Address of(String url) {
			String rest;
			if (url.startsWith("//")) {
				rest = url.substring(2);
			}
			else if (SCHEME.matcher(url).matches()) {
				String lower = url.toLowerCase(Locale.ROOT);
				if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
					return null;
				}
				rest = url.substring(url.indexOf("//") + 2);
			}
			else {
				return null;
			}
			int end = rest.length();
			for (char c : new char[] { '/', '?', '#' }) {
				int at = rest.indexOf(c);
				end = (at >= 0) ? Math.min(end, at) : end;
			}
			String host = rest.substring(0, end).toLowerCase(Locale.ROOT);
			host = host.startsWith("www.") ? host.substring(4) : host;
			String after = rest.substring(end);
			return new Address(host, after.startsWith("/") ? after : "/" + after);
		}

	}

}
