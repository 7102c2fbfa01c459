package com.newscenter.system.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.newscenter.support.ApiTokens;
import com.newscenter.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON bodies over {@code newscenter.api.max-body-size} are refused with a 413 problem,
 * whether their length is declared or they come in chunks; uploads keep their own limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "newscenter.api.max-body-size=1KB")
class ApiBodyLimitTests {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Test
	void aBodyDeclaredTooLargeIsRefused() throws Exception {
		HttpResponse<String> response = postArticle(BodyPublishers.ofString(article(2000)));

		assertTooLarge(response);
	}

	@Test
	void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
		byte[] body = article(2000).getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = postArticle(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

		assertThat(response.request().headers().firstValue("Content-Length")).isEmpty();
		assertTooLarge(response);
	}

	@Test
	void aBodyWithinTheLimitIsRead() throws Exception {
		HttpResponse<String> chunked = postArticle(BodyPublishers
			.ofInputStream(() -> new ByteArrayInputStream(article(200).getBytes(StandardCharsets.UTF_8))));

		assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(201);
		assertThat(postArticle(BodyPublishers.ofString(article(200))).statusCode()).isEqualTo(201);
	}

	@Test
	void uploadsHaveTheMediaLimitInstead() throws Exception {
		byte[] png = TestImages.png(120, 90);
		assertThat(png.length).isGreaterThan(1024);
		String boundary = "----limit-test";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + png.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(png, 0, body, head.length, png.length);
		System.arraycopy(tail, 0, body, head.length + png.length, tail.length);

		HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri("/api/v1/media"))
			.header("Authorization", this.tokens.editor())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private static void assertTooLarge(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("larger than the limit of 1 KB");
	}

	private HttpResponse<String> postArticle(BodyPublisher body) throws Exception {
		return CLIENT.send(HttpRequest.newBuilder(uri("/api/v1/articles"))
			.header("Authorization", this.tokens.editor())
			.header("Content-Type", "application/json")
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String article(int bodyLength) {
		return """
				{"language":"en","title":"Sized","body":"<p>%s</p>","status":"draft"}"""
			.formatted("x".repeat(bodyLength));
	}

}
