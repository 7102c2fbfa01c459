package com.newscenter.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.newscenter.analytics.VisitorCookieFilter;
import com.newscenter.news.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks HTTP to a running site the way a browser or crawler would, and reads the view
 * count off article pages.
 */
public final class SiteClient {

	/** A browser's User-Agent, counted as a person. */
	public static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

	private static final String HOST = "127.0.0.1";

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final int port;

	public SiteClient(int port) {
		this.port = port;
	}

	public static String pathOf(Article article) {
		return "/" + article.language() + "/news/" + article.id();
	}

	/**
	 * Sends a request; the JDK client adds a User-Agent of its own unless one is given.
	 * @param method the HTTP method
	 * @param path the path
	 * @param headers header names and values, alternating
	 * @return the response
	 */
	public HttpResponse<String> send(String method, String path, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A browser GET without cookie. */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send("GET", path, "User-Agent", BROWSER);
	}

	/** A browser GET by the visitor whose {@code nc_vid} cookie holds the id. */
	public HttpResponse<String> get(String path, String visitorId) throws IOException, InterruptedException {
		return send("GET", path, "User-Agent", BROWSER, "Cookie", VisitorCookieFilter.COOKIE + "=" + visitorId);
	}

	/** Views an article as the visitor with that cookie and returns the count shown. */
	public long view(Article article, String visitorId) throws IOException, InterruptedException {
		return shownViews(get(pathOf(article), visitorId));
	}

	/**
	 * Sends a GET that has no User-Agent header at all, which the JDK client cannot do.
	 * @param path the path
	 * @return the response status
	 */
	public int getWithoutUserAgent(String path) throws IOException {
		try (Socket socket = new Socket(HOST, this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + HOST + ":" + this.port + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			return Integer.parseInt(response.split(" ", 3)[1]);
		}
	}

	/**
	 * Reads the count an article page shows.
	 * @param response the page
	 * @return the digits of {@code data-testid="article-views"}
	 */
	public static long shownViews(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(200);
		return shownViews(response.body(), response.uri().toString());
	}

	/**
	 * Reads the count an article page shows.
	 * @param html the page
	 * @param where what the page is, for a failure's message
	 * @return the digits of {@code data-testid="article-views"}
	 */
	public static long shownViews(String html, String where) {
		Element views = Jsoup.parse(html).selectFirst("[data-testid=article-views]");
		assertThat(views).as("article-views on %s", where).isNotNull();
		assertThat(views.text()).matches("\\d+");
		return Long.parseLong(views.text());
	}

	/**
	 * Returns the {@code nc_vid} Set-Cookie header of a response.
	 * @param response the response
	 * @return the header, or {@code null}
	 */
	public static String visitorCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(VisitorCookieFilter.COOKIE + "="))
			.findFirst()
			.orElse(null);
	}

	/** The id in a {@code nc_vid} Set-Cookie header. */
	public static String visitorId(String setCookie) {
		return setCookie.substring(VisitorCookieFilter.COOKIE.length() + 1, setCookie.indexOf(';'));
	}

}
