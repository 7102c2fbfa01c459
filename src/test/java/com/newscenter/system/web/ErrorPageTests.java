package com.newscenter.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that fail before any controller runs — refused by Tomcat's parameter decoding
 * or by Spring Security's firewall — get a 400 like any other bad request: problem JSON
 * under {@code /api}, the site's error page elsewhere. Sent over a real socket, byte for
 * byte, since HTTP clients refuse to send such addresses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPageTests {

	private static final String ENCODING = "not validly encoded";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/articles?lang=%ZZ", "/api/v1/articles?x=%ZZ", "/api/v1/search?q=%E4%B8" })
	void aBadlyEncodedQueryIsABadRequestInTheApi(String path) throws IOException {
		Answer answer = get(path);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("detail").asString()).contains(ENCODING);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/en/news?page=%ZZ", "/en/news?category=%ZZ", "/en/search?q=%E4%B8", "/admin/login?x=%ZZ" })
	void aBadlyEncodedQueryIsABadRequestOnPages(String path) throws IOException {
		Answer answer = get(path);

		assertThat(answer.status()).isEqualTo(400);
		assertErrorPage(answer, "Bad request", ENCODING);
	}

	@Test
	void aBadlyEncodedFormIsABadRequest() throws IOException {
		Answer answer = send("POST /admin/login HTTP/1.1", "Content-Type: application/x-www-form-urlencoded",
				"username=%ZZ&password=x");

		assertThat(answer.status()).isEqualTo(400);
		assertErrorPage(answer, "Bad request", ENCODING);
	}

	@Test
	void aFormOverTomcatsLimitIsTooLarge() throws IOException {
		String body = "username=" + "x".repeat(2 * 1024 * 1024 + 1) + "&password=x";

		Answer answer = send("POST /admin/login HTTP/1.1", "Content-Type: application/x-www-form-urlencoded", body);

		assertThat(answer.status()).isEqualTo(413);
		assertErrorPage(answer, "Too large", "larger than this site accepts");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1//articles", "/api/v1/articles;x=y" })
	void anAddressTheFirewallRefusesIsAProblemInTheApi(String path) throws IOException {
		Answer answer = get(path);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
		assertThat(problem.get("detail").asString()).contains("not valid");
		assertThat(problem.get("instance").asString()).isEqualTo(path);
	}

	@Test
	void anAddressTheFirewallRefusesGetsTheSitesPageInItsLanguage() throws IOException {
		assertErrorPage(get("/en//news"), "Bad request", "not valid");
		assertErrorPage(get("/en/news/1;x=y"), "Bad request", "not valid");
		Answer chinese = get("/zh//news");
		assertThat(chinese.status()).isEqualTo(400);
		assertErrorPage(chinese, "请求有误", "请求无效");
		assertThat(Jsoup.parse(chinese.body()).selectFirst(".error-page").text()).as("the page's own wording")
			.contains("当前位置", "返回首页");
	}

	@Test
	void whatTomcatRefusesBeforeTheSiteSeesItIsAnsweredInTheSitesWay() throws IOException {
		Answer api = send(request("GET /api/v1/articles%00 HTTP/1.1", "Accept: */*", null));
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.contentType()).startsWith("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(api.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("detail").asString()).contains("could not be read");
		for (byte[] request : new byte[][] {
				withByte(request("GET /api/v1/articles_ HTTP/1.1", "Accept: */*", null), (byte) 0xE4),
				withByte(request("GET /api/v1/search?q=_ HTTP/1.1", "Accept: */*", null), (byte) 0xE4) }) {
			Answer raw = send(request);
			assertThat(raw.status()).isEqualTo(400);
			assertThat(raw.contentType()).as("raw non-ASCII under /api").startsWith("application/problem+json");
			JsonNode rawProblem = JsonMapper.builder().build().readTree(raw.body());
			assertThat(rawProblem.get("detail").asString()).contains("could not be read");
			assertThat(rawProblem.has("instance")).as("no instance rather than null").isFalse();
		}

		for (byte[] request : new byte[][] { request("GET /en/news%2F..%2Fx HTTP/1.1", "Accept: */*", null),
				withByte(request("GET /en/news_ HTTP/1.1", "Accept: */*", null), (byte) 0xE4) }) {
			Answer page = send(request);
			assertThat(page.status()).isEqualTo(400);
			assertThat(page.contentType()).startsWith("text/html");
			assertThat(page.body()).contains("could not be read", "无法识别该网址", "/css/site.css").doesNotContain("Tomcat");
		}
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() throws IOException {
		Answer answer = get("/error");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(Jsoup.parse(answer.body()).selectFirst("[data-testid=site-footer]")).isNotNull();
		assertThat(get("/error?x=1").status()).isEqualTo(404);
	}

	private static void assertErrorPage(Answer answer, String title, String detail) {
		assertThat(answer.contentType()).startsWith("text/html");
		Document page = Jsoup.parse(answer.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo(title);
		assertThat(page.selectFirst(".error-page").text()).contains(detail);
		assertThat(page.selectFirst("[data-testid=site-footer]")).as("the site's own footer").isNotNull();
		assertThat(answer.body()).doesNotContain("Exception").doesNotContain("Tomcat");
	}

	private Answer get(String path) throws IOException {
		return send("GET " + path + " HTTP/1.1", "Accept: */*", null);
	}

	private Answer send(String requestLine, String header, String body) throws IOException {
		return send(request(requestLine, header, body));
	}

	/**
	 * Sends a request as raw bytes and reads the whole answer.
	 */
	private Answer send(byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			InputStream in = socket.getInputStream();
			return Answer.parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
		}
	}

	/** Replaces the first {@code _} of a request with a byte. */
	private static byte[] withByte(byte[] request, byte value) {
		for (int i = 0; i < request.length; i++) {
			if (request[i] == '_') {
				request[i] = value;
				return request;
			}
		}
		throw new IllegalArgumentException("no _ in the request");
	}

	private byte[] request(String requestLine, String header, String body) {
		StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1:")
			.append(this.port)
			.append("\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0\r\n")
			.append(header)
			.append("\r\nConnection: close\r\n");
		if (body != null) {
			request.append("Content-Length: ").append(body.length()).append("\r\n");
		}
		request.append("\r\n").append((body != null) ? body : "");
		return request.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A raw HTTP answer, its chunked body joined; parsed from ISO-8859-1 (one char per
	 * byte), so that chunk sizes count bytes, and its body then decoded as UTF-8.
	 */
	private record Answer(int status, String contentType, String body) {

		static Answer parse(String raw) {
			int split = raw.indexOf("\r\n\r\n");
			String head = raw.substring(0, split);
			String body = raw.substring(split + 4);
			String contentType = "";
			boolean chunked = false;
			for (String line : head.split("\r\n")) {
				String lower = line.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-type:")) {
					contentType = line.substring(13).trim();
				}
				chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
			}
			String bytes = chunked ? unchunk(body) : body;
			return new Answer(Integer.parseInt(head.split(" ", 3)[1]), contentType,
					new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}

		private static String unchunk(String body) {
			StringBuilder joined = new StringBuilder();
			int at = 0;
			while (true) {
				int end = body.indexOf("\r\n", at);
				int size = Integer.parseInt(body.substring(at, end).trim(), 16);
				if (size == 0) {
					return joined.toString();
				}
				joined.append(body, end + 2, end + 2 + size);
				at = end + 2 + size + 2;
			}
		}

	}

}
