package com.newscenter.news;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;

import com.newscenter.support.SiteClient;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11Nio2Protocol;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept page is served before the request enters Tomcat's container pipeline, with all
 * the kept page's headers and the live view count; a page not kept, and the address a
 * proxy forwarded, are as before. One connection, on Tomcat's NIO.2 connector, carries
 * many such pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KeptPageValveTests {

	@LocalServerPort
	int port;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	RequestsSeen seen;

	@Autowired
	ServletWebServerApplicationContext server;

	private SiteClient site;

	@BeforeEach
	void clean() {
		this.database.clean();
		this.site = new SiteClient(this.port);
	}

	@Test
	void aKeptArticlePageIsServedBeforeTheContainerAndStillCountsTheView() throws Exception {
		Article article = this.content.article("en").title("Dam inspection completed").create();
		String path = SiteClient.pathOf(article);

		HttpResponse<String> rendered = this.site.get(path, "a");
		int seenOnce = this.seen.count(path);
		HttpResponse<String> kept = this.site.get(path, "b");

		assertThat(seenOnce).isOne();
		assertThat(this.seen.count(path)).isOne();
		assertThat(SiteClient.shownViews(rendered)).isEqualTo(1);
		assertThat(SiteClient.shownViews(kept)).isEqualTo(2);
		assertThat(kept.body()).contains("Dam inspection completed");
		assertThat(kept.headers().firstValue("Content-Security-Policy"))
			.isEqualTo(rendered.headers().firstValue("Content-Security-Policy"))
			.isPresent();
		assertThat(kept.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
	}

	@Test
	void whatIsNotServedFromAKeptPageGoesThroughTheContainer() throws Exception {
		Article article = this.content.article("en").create();
		String path = SiteClient.pathOf(article);

		this.site.get(path, "a");
		HttpResponse<String> head = this.site.send("HEAD", path, "User-Agent", SiteClient.BROWSER, "Cookie",
				"nc_vid=b");

		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(this.seen.count(path)).isEqualTo(2);
	}

	@Test
	void aPageIsLookedUpByTheAddressTheProxyForwarded() throws Exception {
		Article article = this.content.article("en").create();
		String path = SiteClient.pathOf(article);

		HttpResponse<String> first = forwarded(path, "a", "news.example.com");
		HttpResponse<String> other = forwarded(path, "b", "news.example.cn");
		HttpResponse<String> firstAgain = forwarded(path, "c", "news.example.com");

		assertThat(canonicalHost(first)).isEqualTo("news.example.com");
		assertThat(canonicalHost(other)).isEqualTo("news.example.cn");
		assertThat(canonicalHost(firstAgain)).isEqualTo("news.example.com");
		assertThat(this.seen.count(path)).isEqualTo(2);
	}

	@Test
	void oneConnectionCarriesManyMorePagesThanTomcatsDefaultHundred() throws Exception {
		Article article = this.content.article("en").create();
		String path = SiteClient.pathOf(article);
		this.site.get(path, "first");

		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			for (int i = 1; i <= 150; i++) {
				out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nUser-Agent: " + SiteClient.BROWSER
						+ "\r\nCookie: nc_vid=kept-" + i + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				Map<String, String> headers = readHead(in);

				assertThat(headers).as("response %d", i).containsEntry(":status", "200");
				assertThat(headers.get("connection")).as("response %d", i).isNull();
				in.readNBytes(Integer.parseInt(headers.get("content-length")));
			}
		}
		assertThat(SiteClient.shownViews(this.site.get(path, "last"))).isEqualTo(152);
	}

	@Test
	void connectionsAreServedByTomcatsNio2Connector() {
		Connector connector = ((TomcatWebServer) this.server.getWebServer()).getTomcat().getConnector();

		assertThat(connector.getProtocolHandler()).isInstanceOf(Http11Nio2Protocol.class);
	}

	/**
	 * Reads a response's status line and headers (names in lower case) off a connection.
	 */
	private static Map<String, String> readHead(InputStream in) throws IOException {
		Map<String, String> headers = new HashMap<>();
		String line = readLine(in);
		headers.put(":status", line.split(" ")[1]);
		while (!(line = readLine(in)).isEmpty()) {
			int colon = line.indexOf(':');
			headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
		}
		return headers;
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != '\n') {
			assertThat(c).as("the connection stays open").isNotNegative();
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	private HttpResponse<String> forwarded(String path, String visitor, String host)
			throws IOException, InterruptedException {
		return this.site.send("GET", path, "User-Agent", SiteClient.BROWSER, "Cookie", "nc_vid=" + visitor,
				"X-Forwarded-Host", host);
	}

	private static String canonicalHost(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		return URI.create(page.selectFirst("link[rel=canonical]").attr("href")).getHost();
	}

	/** Counts the requests, by path, that reach the container's request listeners. */
	@TestConfiguration
	static class RequestsSeenConfiguration {

		@Bean
		RequestsSeen requestsSeen() {
			return new RequestsSeen();
		}

	}

	/**
	 * A request listener: Tomcat tells it of every request its container pipeline takes.
	 */
	static class RequestsSeen implements ServletRequestListener {

		private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

		@Override
		public void requestInitialized(ServletRequestEvent event) {
			HttpServletRequest request = (HttpServletRequest) event.getServletRequest();
			this.counts.computeIfAbsent(request.getRequestURI(), (path) -> new AtomicInteger()).incrementAndGet();
		}

		int count(String path) {
			AtomicInteger count = this.counts.get(path);
			return (count != null) ? count.get() : 0;
		}

	}

}
