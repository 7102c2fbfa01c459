package com.newscenter.news;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.newscenter.support.SiteClient;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser asks for gzip: kept pages go to it compressed, read as the very page sent
 * uncompressed, with the live view count on an article page, and with an entity tag of
 * their own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CompressedPagesTests {

	private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

	/** What Chromium and Firefox send. */
	private static final String GZIP = "gzip, deflate, br, zstd";

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void keptPagesGoToABrowserCompressedAndReadAsThePageSentUncompressed() throws Exception {
		for (int i = 0; i < 12; i++) {
			this.content.article("en").title("Harbour crane " + i + " delivered").create();
		}

		for (String path : List.of("/en/", "/en/news", "/en/feed.rss", "/en/feed.atom")) {
			HttpResponse<byte[]> rendered = send(path, "a", GZIP, null);
			HttpResponse<byte[]> kept = send(path, "a", GZIP, null);
			HttpResponse<byte[]> plain = send(path, "a", null, null);

			for (HttpResponse<byte[]> compressed : List.of(rendered, kept)) {
				assertThat(compressed.statusCode()).as(path).isEqualTo(200);
				assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
				assertThat(compressed.headers().firstValue("Content-Length"))
					.hasValue(String.valueOf(compressed.body().length));
				assertThat(compressed.headers().allValues("Vary")).containsExactly("Accept-Encoding");
				assertThat(compressed.body().length).as(path).isLessThan(plain.body().length / 2);
				assertThat(gunzip(compressed.body())).as(path).isEqualTo(plain.body());
			}
			assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
			assertThat(plain.headers().allValues("Vary")).containsExactly("Accept-Encoding");
			assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("Harbour crane 11 delivered");
		}
	}

	@Test
	void anArticlePageGoesCompressedWithTheLiveCountAsItsDigitsGrow() throws Exception {
		Article article = this.content.article("en").title("Tunnel breakthrough").create();
		String path = "/en/news/" + article.id();
		HttpResponse<byte[]> rendered = send(path, "a", GZIP, null);
		for (int i = 0; i < 8; i++) {
			send(path, "plain-" + i, null, null);
		}

		List<HttpResponse<byte[]>> kept = new ArrayList<>();
		for (String visitor : List.of("b", "c", "d")) {
			kept.add(send(path, visitor, GZIP, null));
		}
		HttpResponse<byte[]> plain = send(path, "e", null, null);

		assertThat(rendered.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(views(gunzip(rendered.body()))).isEqualTo(1);
		List<Long> shown = new ArrayList<>();
		for (HttpResponse<byte[]> response : kept) {
			assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
			assertThat(response.headers().allValues("Vary")).containsExactly("Accept-Encoding");
			assertThat(response.headers().firstValue("ETag")).isEmpty();
			assertThat(response.headers().firstValue("Content-Length"))
				.hasValue(String.valueOf(response.body().length));
			byte[] page = gunzip(response.body());
			shown.add(views(page));
			assertThat(text(page).replace(">" + shown.get(shown.size() - 1) + "<", ">13<"))
				.isEqualTo(text(plain.body()));
		}
		assertThat(shown).containsExactly(10L, 11L, 12L);
		assertThat(views(plain.body())).isEqualTo(13);
	}

	@Test
	void eachCodingOfAPageHasItsOwnEntityTag() throws Exception {
		this.content.article("en").title("Any story").create();
		String compressed = send("/en/news", "a", GZIP, null).headers().firstValue("ETag").orElseThrow();
		String plain = send("/en/news", "a", null, null).headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> unchanged = send("/en/news", "a", GZIP, compressed);
		HttpResponse<byte[]> otherCoding = send("/en/news", "a", null, compressed);
		HttpResponse<byte[]> plainUnchanged = send("/en/news", "a", null, plain);

		assertThat(compressed).isNotEqualTo(plain).endsWith("-gzip\"");
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.headers().allValues("Vary")).containsExactly("Accept-Encoding");
		assertThat(otherCoding.statusCode()).isEqualTo(200);
		assertThat(otherCoding.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plainUnchanged.statusCode()).isEqualTo(304);
	}

	@Test
	void aClientGetsGzipOnlyWhenItTakesIt() throws Exception {
		this.content.article("en").title("Any story").create();
		send("/en/news", "a", null, null);

		for (String refusing : List.of("identity", "gzip;q=0", "br, deflate", "*;q=0", "gzip;q=0, *", "gzip;q=x",
				"gzip;q=1.5", "x-gzip;q=0.000")) {
			assertThat(send("/en/news", "a", refusing, null).headers().firstValue("Content-Encoding")).as(refusing)
				.isEmpty();
		}
		for (String taking : List.of("GZIP", "gzip;q=0.1", "*", "br;q=1.0, gzip;q=0.5", "identity, *;q=0.2", "x-gzip",
				"deflate, gzip ; q = 0.8")) {
			assertThat(send("/en/news", "a", taking, null).headers().firstValue("Content-Encoding")).as(taking)
				.hasValue("gzip");
		}
	}

	private HttpResponse<byte[]> send(String path, String visitor, String acceptEncoding, String ifNoneMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("User-Agent", BROWSER)
			.header("Cookie", "nc_vid=" + visitor);
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Reads a gzip stream whole, checking its length and checksum as it ends. */
	private static byte[] gunzip(byte[] compressed) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
	}

	private static String text(byte[] page) {
		return new String(page, StandardCharsets.UTF_8);
	}

	private static long views(byte[] page) {
		return SiteClient.shownViews(text(page), "the decompressed page");
	}

}
