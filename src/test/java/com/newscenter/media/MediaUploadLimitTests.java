package com.newscenter.media;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.newscenter.account.AccountService;
import com.newscenter.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads over {@code newscenter.media.max-upload-size} are refused with a 413, by the
 * server's multipart limit as well as by the media service, and WordPress exports over
 * {@code newscenter.migration.max-import-size}; malformed multipart bodies are bad
 * requests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "newscenter.media.max-upload-size=64KB", "newscenter.migration.max-import-size=256KB" })
@AutoConfigureMockMvc
class MediaUploadLimitTests {

	private static final String BOUNDARY = "----newscenter-test-boundary";

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	private final byte[] tooLarge = TestImages.noisePng(160, 160);

	@Test
	void theMediaServiceRefusesFilesOverTheLimit() throws Exception {
		assertThat(this.tooLarge.length).isBetween(70_000, 200_000);
		this.mvc
			.perform(multipart("/api/v1/media")
				.file(new MockMultipartFile("file", "big.png", "image/png", this.tooLarge))
				.header("Authorization", "Bearer " + token()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value("The file is larger than the limit of 64 KB"));
	}

	@Test
	void theServerRefusesMultipartBodiesOverTheLimit() throws Exception {
		HttpResponse<String> response = send(body("big.png", this.tooLarge));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/problem+json");
		assertThat(response.body()).contains("larger than the limit of 64 KB");
	}

	@Test
	void filesUnderTheLimitGoThroughTheServer() throws Exception {
		HttpResponse<String> response = send(body("small.png", TestImages.image("png", 120, 90)));

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).contains("\"width\":120");
	}

	@Test
	void anImportHasItsOwnLargerLimit() throws Exception {
		byte[] between = body("export.xml", TestImages.noisePng(200, 200));
		assertThat(between.length).isBetween(100_000, 250_000);

		HttpResponse<String> toMedia = send("/api/v1/media", between);
		HttpResponse<String> toImport = send("/api/v1/import", between);
		HttpResponse<String> overImportLimit = send("/api/v1/import",
				body("export.xml", TestImages.noisePng(360, 360)));

		assertThat(toMedia.statusCode()).isEqualTo(413);
		assertThat(toImport.statusCode()).as("read, and found to be no export").isEqualTo(415);
		assertThat(overImportLimit.statusCode()).isEqualTo(413);
		assertThat(overImportLimit.body()).contains("larger than the limit of 256 KB");
	}

	/** Without a declared length the body is read until the server's multipart limit. */
	@Test
	void anImportSentWithoutALengthIsHeldToTheImportLimit() throws Exception {
		byte[] body = body("export.xml", TestImages.noisePng(360, 360));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/import"))
			.header("Authorization", "Bearer " + token())
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();

		HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("larger than the limit of 256 KB");
	}

	@Test
	void malformedMultipartIsABadRequest() throws Exception {
		String garbage = "--" + BOUNDARY + "\r\nthis is not a part header\r\n\r\n";
		HttpResponse<String> response = send(garbage.getBytes(StandardCharsets.US_ASCII));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("multipart/form-data");
	}

	private HttpResponse<String> send(byte[] body) throws Exception {
		return send("/api/v1/media", body);
	}

	private HttpResponse<String> send(String path, byte[] body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token())
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] body(String name, byte[] file) {
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: image/png\r\n\r\n";
		String tail = "\r\n--" + BOUNDARY + "--\r\n";
		return TestImages.concat(TestImages.concat(head.getBytes(StandardCharsets.US_ASCII), file),
				tail.getBytes(StandardCharsets.US_ASCII));
	}

	private String token() {
		return this.accounts.issueToken("admin", "admin-test-password").orElseThrow().token();
	}

}
