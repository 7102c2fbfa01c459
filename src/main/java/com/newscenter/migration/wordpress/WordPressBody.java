package com.newscenter.migration.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a post body as WordPress stores it into the HTML an article holds: WordPress adds
 * the paragraphs of the classic editor only when it shows a post, and keeps captions and
 * galleries as shortcodes. The result is sanitised by the article editor like any body.
 */
final class WordPressBody {

	/** What every link to a file in the uploads folder holds, on any host or none. */
	private static final String UPLOADS = "/wp-content/uploads/";

	/** Longer than any link: a link is looked for no further from the folder's name. */
	private static final int MAX_LINK = 2000;

	private static final Pattern SIZED = Pattern.compile("(.+)-(?:\\d+x\\d+|scaled)(\\.[A-Za-z0-9]+)");

	private static final Pattern IMAGE = Pattern.compile("(?i).+\\.(?:jpe?g|png|gif|webp)");

	private static final Pattern CAPTION = Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]", Pattern.DOTALL);

	private static final Pattern CAPTIONED_IMAGE = Pattern
		.compile("\\s*((?:<a\\s[^>]*>\\s*)?<img\\s[^>]*>(?:\\s*</a>)?)(.*)", Pattern.DOTALL);

	private static final Pattern CAPTION_TEXT = Pattern.compile("caption=\"([^\"]*)\"");

	private static final Pattern DROPPED_SHORTCODE = Pattern
		.compile("\\[/?(gallery|audio|video|playlist|embed|wp_caption)\\b[^\\]]*\\]");

	private static final Pattern CLASS = Pattern.compile("class=\"([^\"]*)\"");

	private static final Pattern ALIGN = Pattern.compile("\\balign(left|right|center)\\b");

	private static final Pattern PRE = Pattern.compile("<pre[\\s>].*?</pre>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern BLOCK_START = Pattern.compile("(?i)<(?:p|div|h[1-6]|ul|ol|li|blockquote|pre|table|"
			+ "thead|tbody|tr|td|th|figure|figcaption|hr|dl|dt|dd|address|section|article|aside|header|footer|nav|"
			+ "form|fieldset|iframe|details|summary|style|script)\\b|<!--|\u0000");

	private WordPressBody() {
	}

	/**
	 * Returns the body as HTML: paragraphs where the classic editor had blank lines,
	 * captions as figures, WordPress's alignment classes as the site's, and shortcodes
	 * without an equivalent taken out.
	 * @param content the body from the export
	 * @param dropped receives the names of the shortcodes taken out
	 * @return the body as HTML
	 */
	static String html(String content, Set<String> dropped) {
		String text = content.replace("\r\n", "\n").replace('\r', '\n');
		text = CAPTION.matcher(text).replaceAll((match) -> Matcher.quoteReplacement(figure(match)));
		Matcher shortcodes = DROPPED_SHORTCODE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (shortcodes.find()) {
			dropped.add(shortcodes.group(1).toLowerCase(Locale.ROOT));
			shortcodes.appendReplacement(out, "");
		}
		shortcodes.appendTail(out);
		text = out.toString();
		if (!text.contains("<!-- wp:")) {
			text = paragraphs(text);
		}
		return CLASS.matcher(text).replaceAll((match) -> Matcher.quoteReplacement(alignment(match.group(1))));
	}

	/**
	 * Returns the upload folder paths of the images a body links to, such as
	 * {@code 2023/01/photo-300x200.jpg}, in order of appearance.
	 * @param html the body
	 * @return the paths
	 */
	static Set<String> imagePaths(String html) {
		Set<String> paths = new LinkedHashSet<>();
		for (Link link : links(html)) {
			if (IMAGE.matcher(link.path()).matches()) {
				paths.add(link.path());
			}
		}
		return paths;
	}

	/**
	 * Returns the paths to look for an image under, the full-size original first: a body
	 * usually links to a copy WordPress resized ({@code photo-300x200.jpg}), and the site
	 * makes its own sizes of the original.
	 * @param path an upload folder path
	 * @return the paths to try, in order
	 */
	static List<String> candidates(String path) {
		List<String> candidates = new ArrayList<>();
		Matcher sized = SIZED.matcher(path);
		if (sized.matches()) {
			candidates.add(sized.group(1) + sized.group(2));
		}
		candidates.add(path);
		return candidates;
	}

	/**
	 * Returns the upload folder path of an attachment's URL, or {@code null} when it is
	 * not in an uploads folder.
	 * @param url the URL
	 * @return the path
	 */
	static String uploadPath(String url) {
		List<Link> links = (url != null) ? links(url) : List.of();
		return links.isEmpty() ? null : links.get(0).path();
	}

	/**
	 * Replaces the links to images in the uploads folder that the import has stored.
	 * @param html the body
	 * @param newUrl gives the stored image's URL for an upload path, or {@code null} to
	 * keep the link
	 * @return the body with the new links
	 */
	static String relinked(String html, Function<String, String> newUrl) {
		StringBuilder out = new StringBuilder(html.length());
		int from = 0;
		for (Link link : links(html)) {
			String url = newUrl.apply(link.path());
			if (url != null) {
				out.append(html, from, link.start()).append(url);
				from = link.end();
			}
		}
		return out.append(html, from, html.length()).toString();
	}

	/**
	 * Finds the links to files in the uploads folder by the folder's name, then the
	 * link's ends around it: a regular expression looking for a link at every slash took
	 * quadratic time on long runs without spaces, such as an image inlined as a data URL.
	 */
	private static List<Link> links(String html) {
		List<Link> links = new ArrayList<>();
		int at = html.indexOf(UPLOADS);
		while (at >= 0) {
			int start = at;
			while (start > 0 && at - start < MAX_LINK && !ends(html.charAt(start - 1))) {
				start--;
			}
			int pathStart = at + UPLOADS.length();
			int pathEnd = pathStart;
			while (pathEnd < html.length() && pathEnd - at < MAX_LINK && !ends(html.charAt(pathEnd))
					&& html.charAt(pathEnd) != '?' && html.charAt(pathEnd) != '#') {
				pathEnd++;
			}
			int end = pathEnd;
			while (end < html.length() && end - at < MAX_LINK && !ends(html.charAt(end))) {
				end++;
			}
			if (pathEnd > pathStart && (links.isEmpty() || start >= links.get(links.size() - 1).end())) {
				links.add(new Link(start, end, decoded(html.substring(pathStart, pathEnd))));
			}
			at = html.indexOf(UPLOADS, Math.max(end, at + 1));
		}
		return links;
	}

	/** Whether a character cannot be part of a link in HTML. */
	private static boolean ends(char c) {
		return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '(' || c == ')';
	}

	/**
	 * A link to a file in the uploads folder.
	 *
	 * @param start where the link starts
	 * @param end where it ends
	 * @param path the file's path below the uploads folder, decoded
	 */
	private record Link(int start, int end, String path) {
	}

	private static String figure(MatchResult caption) {
		String attributes = caption.group(1);
		Matcher inner = CAPTIONED_IMAGE.matcher(caption.group(2));
		if (!inner.matches()) {
			return caption.group(2);
		}
		String text = inner.group(2).strip();
		Matcher attribute = CAPTION_TEXT.matcher(attributes);
		if (text.isEmpty() && attribute.find()) {
			text = attribute.group(1);
		}
		Matcher align = ALIGN.matcher(attributes);
		String figureClass = align.find() ? " class=\"align" + align.group(1) + "\"" : "";
		return "<figure" + figureClass + ">" + inner.group(1)
				+ (text.isEmpty() ? "" : "<figcaption>" + text + "</figcaption>") + "</figure>";
	}

	/**
	 * Adds the paragraphs WordPress's classic editor leaves to {@code wpautop}: a blank
	 * line ends a paragraph, a single line break is a {@code <br>
	 * }; blocks that are HTML elements already, and preformatted text, stay as they are.
	 */
	private static String paragraphs(String text) {
		List<String> kept = new ArrayList<>();
		Matcher pre = PRE.matcher(text);
		StringBuilder protectedText = new StringBuilder();
		while (pre.find()) {
			kept.add(pre.group());
			pre.appendReplacement(protectedText, "\u0000" + (kept.size() - 1) + "\u0000");
		}
		pre.appendTail(protectedText);
		StringBuilder out = new StringBuilder();
		for (String block : protectedText.toString().split("\n\\s*\n")) {
			String trimmed = block.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (BLOCK_START.matcher(trimmed).lookingAt()) {
				out.append(trimmed).append('\n');
			}
			else {
				out.append("<p>").append(trimmed.replace("\n", "<br>\n")).append("</p>\n");
			}
		}
		String result = out.toString().strip();
		for (int i = 0; i < kept.size(); i++) {
			result = result.replace("\u0000" + i + "\u0000", kept.get(i));
		}
		return result;
	}

	private static String alignment(String classes) {
		Matcher align = ALIGN.matcher(classes);
		return align.find() ? "class=\"align-" + align.group(1) + "\"" : "class=\"" + classes + "\"";
	}

	private static String decoded(String path) {
		try {
			return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return path;
		}
	}

}
