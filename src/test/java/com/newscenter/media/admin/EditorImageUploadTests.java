package com.newscenter.media.admin;

import com.newscenter.account.Role;
import com.newscenter.support.Staff;
import com.newscenter.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pictures pasted into the article editor are stored in the media library and answered
 * with their URL, in the shape TinyMCE expects; what is not an image gets the library's
 * reason; only signed-in staff may send them, with the CSRF token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EditorImageUploadTests {

	private static final String URL = "/admin/media/editor-images";

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Test
	void aPastedPictureIsStoredAndItsUrlReturned() throws Exception {
		String location = this.mvc
			.perform(multipart(URL).file(file("blob.png", TestImages.png(40, 30)))
				.with(this.staff.as(Role.AUTHOR))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.location").value(startsWith("/media/")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String url = location.substring(location.indexOf("/media/"), location.lastIndexOf('"'));
		assertThat(this.mvc.perform(get(url)).andReturn().getResponse().getContentType()).isEqualTo("image/png");
	}

	@Test
	void whatIsNotAPictureGetsTheReason() throws Exception {
		this.mvc
			.perform(multipart(URL).file(file("page.png", "<html><body>hi</body></html>".getBytes()))
				.with(this.staff.as(Role.EDITOR))
				.with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.error").value(containsString("not an image")));
		this.mvc.perform(multipart(URL).with(this.staff.as(Role.EDITOR)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("empty")));
		this.mvc
			.perform(
					multipart(URL).file(file("nothing.png", new byte[0])).with(this.staff.as(Role.EDITOR)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("nothing.png: the file is empty")));
	}

	@Test
	void onlySignedInStaffWithTheTokenMaySend() throws Exception {
		byte[] png = TestImages.png(20, 20);
		this.mvc.perform(multipart(URL).file(file("a.png", png)).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(multipart(URL).file(file("a.png", png)).with(this.staff.as(Role.AUTHOR)))
			.andExpect(status().isForbidden());
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "image/png", bytes);
	}

}
