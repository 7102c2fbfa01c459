package com.newscenter.news;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.Compression;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept pages are compressed by the server's own {@code server.compression.*} settings:
 * not at all when it is off, and never a page too small or of a type not listed.
 */
class PageCompressionTests {

	private static final byte[] PAGE = "<p>a news page</p>".repeat(200).getBytes(StandardCharsets.UTF_8);

	@Test
	void pagesAreKeptCompressedAsTheServerCompresses() {
		PageCompression compression = new PageCompression(compression(true));

		assertThat(compression.compress("text/html;charset=UTF-8", PAGE, -1, -1)).isNotNull();
		assertThat(compression.compress("application/rss+xml;charset=UTF-8", PAGE, -1, -1)).isNotNull();
		assertThat(compression.compress("text/html;charset=UTF-8", PAGE, 10, 12)).isNotNull();
		assertThat(compression.compress("image/svg+xml", PAGE, -1, -1)).as("not listed").isNull();
		assertThat(compression.compress("text/html", new byte[2047], -1, -1)).as("under 2 KB").isNull();
	}

	@Test
	void nothingIsCompressedWhenTheServerDoesNotCompress() {
		PageCompression compression = new PageCompression(compression(false));

		assertThat(compression.compress("text/html;charset=UTF-8", PAGE, -1, -1)).isNull();
	}

	@Test
	void excludedUserAgentsGetPagesAsTheyAre() {
		Compression settings = compression(true);
		settings.setExcludedUserAgents(new String[] { ".*OldReader.*" });
		PageCompression compression = new PageCompression(settings);

		assertThat(compression.accepted(request("Mozilla/5.0 (X11; Linux x86_64)"))).isTrue();
		assertThat(compression.accepted(request("OldReader/1.0"))).isFalse();
	}

	private static Compression compression(boolean enabled) {
		Compression compression = new Compression();
		compression.setEnabled(enabled);
		compression.setMimeTypes(new String[] { "text/html", "application/rss+xml" });
		compression.setMinResponseSize(DataSize.ofKilobytes(2));
		return compression;
	}

	private static MockHttpServletRequest request(String agent) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/en/news");
		request.addHeader("User-Agent", agent);
		request.addHeader("Accept-Encoding", "gzip, deflate, br");
		return request;
	}

}
