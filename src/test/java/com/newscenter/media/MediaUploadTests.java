package com.newscenter.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import com.newscenter.account.AccountService;
import com.newscenter.account.Role;
import com.newscenter.support.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/media}: real images are accepted with their size, everything else
 * is refused by its content with a clear problem.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MediaUploadTests {

	private static final String SVG = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
			+ " height=\"10\"><script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@ParameterizedTest
	@MethodSource("images")
	void acceptsRealImagesWithTheirSize(String name, byte[] bytes, int width, int height, String storedType)
			throws Exception {
		upload(name, bytes, adminToken()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.url").value(startsWith("http://localhost/media/")))
			.andExpect(jsonPath("$.width").value(width))
			.andExpect(jsonPath("$.height").value(height))
			.andExpect(jsonPath("$.contentType").value(storedType));
	}

	static Stream<Arguments> images() {
		return Stream.of(Arguments.of("photo.png", TestImages.image("png", 300, 200), 300, 200, "image/png"),
				Arguments.of("photo.jpg", TestImages.image("jpeg", 320, 240), 320, 240, "image/jpeg"),
				Arguments.of("anim.gif", TestImages.image("gif", 64, 48), 64, 48, "image/gif"),
				Arguments.of("photo.webp", TestImages.resource("photo-120x80.webp"), 120, 80, "image/jpeg"),
				Arguments.of("logo.webp", TestImages.resource("alpha-90x60.webp"), 90, 60, "image/png"),
				Arguments.of("print.jpg", TestImages.resource("cmyk-red-over-blue-600x400.jpg"), 600, 400,
						"image/jpeg"),
				Arguments.of("named-wrong.gif", TestImages.image("png", 30, 20), 30, 20, "image/png"));
	}

	@ParameterizedTest
	@MethodSource("refused")
	void refusesWhatIsNotAWholeImage(String name, byte[] bytes, String reason) throws Exception {
		upload(name, bytes, adminToken()).andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(415))
			.andExpect(jsonPath("$.field").value("file"))
			.andExpect(jsonPath("$.detail").value(containsString(reason)));
	}

	static Stream<Arguments> refused() {
		byte[] png = TestImages.image("png", 200, 150);
		byte[] jpeg = TestImages.image("jpeg", 200, 150);
		return Stream.of(
				Arguments.of("page.png", ascii("<!DOCTYPE html><html><body>hi</body></html>"), "an HTML document"),
				Arguments.of("logo.svg", ascii(SVG), "SVG images are not accepted"),
				Arguments.of("doc.png", ascii("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), "a PDF document"),
				Arguments.of("x.png", ascii("just some text, named like a picture"), "'x.png' is not an image"),
				Arguments.of("cut.png", Arrays.copyOf(png, png.length / 2), "could not be decoded"),
				Arguments.of("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), "could not be decoded"),
				Arguments.of("bitmap.bmp", TestImages.image("bmp", 20, 20), "BMP images are not accepted"));
	}

	@Test
	void anyStaffRoleMayUploadButNobodyElse() throws Exception {
		byte[] png = TestImages.image("png", 40, 30);
		upload("a.png", png, null).andExpect(status().isUnauthorized());
		String author = "author-" + UUID.randomUUID();
		this.accounts.create(author, "a-long-test-password", Role.AUTHOR);
		String token = this.accounts.issueToken(author, "a-long-test-password").orElseThrow().token();
		upload("a.png", png, token).andExpect(status().isCreated());
	}

	@Test
	void missingEmptyOrMalformedFilesAreBadRequests() throws Exception {
		upload("empty.png", new byte[0], adminToken()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The file is empty"));
		this.mvc
			.perform(multipart("/api/v1/media")
				.file(new MockMultipartFile("image", "a.png", "image/png", TestImages.image("png", 4, 4)))
				.header("Authorization", "Bearer " + adminToken()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"));
		this.mvc
			.perform(post("/api/v1/media").contentType(MediaType.APPLICATION_JSON)
				.content("{\"file\":\"x\"}")
				.header("Authorization", "Bearer " + adminToken()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private ResultActions upload(String name, byte[] bytes, String token) throws Exception {
		var request = multipart("/api/v1/media").file(new MockMultipartFile("file", name, "image/png", bytes));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.mvc.perform(request);
	}

	private String adminToken() {
		return this.accounts.issueToken("admin", "admin-test-password").orElseThrow().token();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
