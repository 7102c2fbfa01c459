package com.newscenter.migration.wordpress;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a WordPress body becomes before it is sanitised: paragraphs where the classic
 * editor had blank lines, captions as figures, the site's alignment classes, and the
 * links to the uploads folder found and replaced wherever they are.
 */
class WordPressBodyTests {

	@Test
	void blankLinesMakeParagraphsAndLineBreaksStay() {
		String html = WordPressBody.html("First line\nsecond line\n\n\n<h2>Heading</h2>\n\nLast <em>one</em>",
				new TreeSet<>());

		assertThat(html).isEqualTo("<p>First line<br>\nsecond line</p>\n<h2>Heading</h2>\n<p>Last <em>one</em></p>");
	}

	@Test
	void blockEditorBodiesAndPreformattedTextKeepTheirLines() {
		String blocks = "<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\nloose text";
		assertThat(WordPressBody.html(blocks, new TreeSet<>())).isEqualTo(blocks);
		assertThat(WordPressBody.html("Code:\n\n<pre>a\n\nb</pre>", new TreeSet<>()))
			.isEqualTo("<p>Code:</p>\n<pre>a\n\nb</pre>");
	}

	@Test
	void captionsBecomeFiguresAndOtherShortcodesGo() {
		Set<String> dropped = new TreeSet<>();
		String html = WordPressBody.html(
				"""
						[caption id="a" align="alignleft" width="300"]<a href="/x.png"><img src="/x.png" alt="" /></a> Pier[/caption]

						[caption align="alignnone" caption="From the attribute"]<img src="/y.png" alt="" />[/caption]

						[gallery ids="1,2"][embed]https://video.example.com/1[/embed] [sic]""",
				dropped);

		assertThat(html).contains(
				"<figure class=\"align-left\"><a href=\"/x.png\"><img src=\"/x.png\" alt=\"\" /></a><figcaption>Pier</figcaption></figure>")
			.contains("<figure><img src=\"/y.png\" alt=\"\" /><figcaption>From the attribute</figcaption></figure>")
			.contains("<p>https://video.example.com/1 [sic]</p>");
		assertThat(dropped).containsExactly("embed", "gallery");
	}

	@Test
	void wordPressAlignmentClassesBecomeTheSites() {
		assertThat(
				WordPressBody.html("<img class=\"alignright size-medium wp-image-3\" src=\"/a.png\">", new TreeSet<>()))
			.isEqualTo("<p><img class=\"align-right\" src=\"/a.png\"></p>");
	}

	@Test
	void linksToTheUploadsFolderAreFoundOnAnyHostAndReplaced() {
		String html = "<img src=\"https://old.example.com/wp-content/uploads/2023/01/a-300x200.jpg?ver=2\">"
				+ "<img src='//cdn.example.com/blog/wp-content/uploads/2023/01/b.png'>"
				+ "<a href=\"/wp-content/uploads/2023/01/report.pdf\">PDF</a>"
				+ "<img src=\"/wp-content/uploads/2023/01/%E6%A1%A5.webp\">";

		assertThat(WordPressBody.imagePaths(html)).containsExactly("2023/01/a-300x200.jpg", "2023/01/b.png",
				"2023/01/桥.webp");
		Map<String, String> stored = Map.of("2023/01/a-300x200.jpg", "/media/a.jpg", "2023/01/桥.webp", "/media/q.webp");
		assertThat(WordPressBody.relinked(html, stored::get)).isEqualTo(
				"<img src=\"/media/a.jpg\">" + "<img src='//cdn.example.com/blog/wp-content/uploads/2023/01/b.png'>"
						+ "<a href=\"/wp-content/uploads/2023/01/report.pdf\">PDF</a><img src=\"/media/q.webp\">");
		assertThat(WordPressBody.candidates("2023/01/a-300x200.jpg")).containsExactly("2023/01/a.jpg",
				"2023/01/a-300x200.jpg");
		assertThat(WordPressBody.candidates("2023/01/big-scaled.jpg")).containsExactly("2023/01/big.jpg",
				"2023/01/big-scaled.jpg");
		assertThat(WordPressBody.uploadPath("https://old.example.com/about/")).isNull();
	}

	/**
	 * An image inlined as a data URL is one long run of text with thousands of slashes;
	 * looking for a link at each of them took minutes. The timeout only keeps a
	 * regression from hanging the build.
	 */
	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aLongRunWithoutSpacesIsReadInOnePass() {
		String inlined = "<img src=\"data:image/png;base64," + "iVBORw0KGgo/AAAANSUhEUg+/".repeat(80_000) + "\">";
		String html = inlined + "<img src=\"https://old.example.com/wp-content/uploads/2024/05/pier.png\">";

		assertThat(WordPressBody.imagePaths(html)).containsExactly("2024/05/pier.png");
		assertThat(WordPressBody.relinked(html, (path) -> "/media/pier.png"))
			.isEqualTo(inlined + "<img src=\"/media/pier.png\">");
	}

}
