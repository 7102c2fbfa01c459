package com.newscenter.media.admin;

import java.util.List;

import jakarta.servlet.http.Cookie;

import com.newscenter.account.Actor;
import com.newscenter.account.TestUsers;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The media library pages of the back office: the grid with search and pages, the upload
 * form, where an image is used, and deleting with a warning.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MediaAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaService media;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleEditor editor;

	@Autowired
	TestDatabase database;

	private Cookie session;

	@BeforeEach
	void signIn() throws Exception {
		this.database.clean();
		MvcResult login = this.mvc.perform(formLogin("/admin/login").user("admin").password("admin-test-password"))
			.andReturn();
		this.session = TestUsers.sessionCookie(login);
	}

	@Test
	void listsSearchesAndPagesTheImages() throws Exception {
		for (int i = 1; i <= 25; i++) {
			this.media.store("street-" + i + ".png", TestImages.image("png", 16, 12));
		}
		this.media.store("Harbour at dawn.jpg", TestImages.image("jpeg", 16, 12));

		Document all = page(get("/admin/media"));
		Document second = page(get("/admin/media?page=2"));
		Document found = page(get("/admin/media?q=harbour"));
		Document chinese = page(get("/admin/media?q=nothing-like-this&lang=zh"));

		assertThat(all.select("[data-testid=media-item]")).hasSize(24);
		assertThat(all.selectFirst("[data-testid=media-item]").text()).contains("Harbour at dawn.jpg");
		assertThat(all.selectFirst("[data-testid=pagination] a[rel=next]").attr("href")).contains("page=2");
		assertThat(second.select("[data-testid=media-item]")).hasSize(2);
		assertThat(found.select("[data-testid=media-item]")).hasSize(1);
		assertThat(found.selectFirst("[data-testid=media-item] a").attr("href")).matches("/admin/media/\\d+");
		assertThat(chinese.selectFirst("h1").text()).isEqualTo("媒体库");
		assertThat(chinese.selectFirst("[data-testid=media-empty]").text()).contains("nothing-like-this");
	}

	@Test
	void theImageDialogIsOfferedTheLibrarysImagesSearchedByName() throws Exception {
		Media harbour = this.media.store("Harbour-cover.png", TestImages.png(1200, 600));
		this.media.store("tunnel.png", TestImages.png(40, 20));

		this.mvc.perform(get("/admin/media/choices.json").param("q", "harb").with(user("author").roles("AUTHOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.images.length()").value(1))
			.andExpect(jsonPath("$.images[0].id").value(harbour.id()))
			.andExpect(jsonPath("$.images[0].name").value("Harbour-cover.png"))
			.andExpect(jsonPath("$.images[0].thumbnail").value(harbour.thumbnailUrl()))
			.andExpect(jsonPath("$.images[0].width").value(1200))
			.andExpect(jsonPath("$.images[0].height").value(600))
			.andExpect(jsonPath("$.more").value(false));
		this.mvc.perform(get("/admin/media/choices.json").cookie(this.session))
			.andExpect(jsonPath("$.images[*].name").value(contains("tunnel.png", "Harbour-cover.png")));
		this.mvc.perform(get("/admin/media/choices.json")).andExpect(status().is3xxRedirection());
		assertThat(harbour.thumbnailUrl()).as("the smallest copy, not the original").isNotEqualTo(harbour.url());
	}

	@Test
	void theImageDialogPagesThroughALargeLibrary() throws Exception {
		Media oldest = this.media.store("oldest.png", TestImages.png(16, 12));
		for (int i = 0; i < 61; i++) {
			this.media.store("newer-" + i + ".png", TestImages.png(16, 12));
		}

		this.mvc.perform(get("/admin/media/choices.json").cookie(this.session))
			.andExpect(jsonPath("$.images.length()").value(60))
			.andExpect(jsonPath("$.images[0].name").value("newer-60.png"))
			.andExpect(jsonPath("$.more").value(true));
		this.mvc.perform(get("/admin/media/choices.json").param("page", "2").cookie(this.session))
			.andExpect(jsonPath("$.images[*].name").value(contains("newer-0.png", "oldest.png")))
			.andExpect(jsonPath("$.images[1].id").value(oldest.id()))
			.andExpect(jsonPath("$.more").value(false));
		this.mvc.perform(get("/admin/media/choices.json").param("page", "abc").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.images[0].name").value("newer-60.png"));
		this.mvc.perform(get("/admin/media/choices.json").param("page", "9").cookie(this.session))
			.andExpect(jsonPath("$.images.length()").value(0))
			.andExpect(jsonPath("$.more").value(false));
	}

	@Test
	void theUploadFormStoresImagesAndSaysWhatItRefused() throws Exception {
		MvcResult sent = this.mvc
			.perform(multipart("/admin/media")
				.file(new MockMultipartFile("files", "sea.png", "image/png", TestImages.image("png", 40, 30)))
				.file(new MockMultipartFile("files", "notes.png", "image/png", "plain text".getBytes()))
				.cookie(this.session)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/media"))
			.andReturn();

		Document list = page(get("/admin/media").flashAttrs(sent.getFlashMap()));

		assertThat(list.selectFirst("[data-testid=upload-done]").text()).isEqualTo("Images uploaded: 1");
		assertThat(list.selectFirst("[data-testid=upload-errors]").text())
			.startsWith("notes.png: this is not an image");
		assertThat(list.select("[data-testid=media-item]")).hasSize(1);
		assertThat(list.selectFirst("form[data-testid=upload-form]").attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(list.select("script[src=/js/media-upload.js]")).hasSize(1);
	}

	@Test
	void sendingTheFormWithoutAFileAsksForOne() throws Exception {
		MvcResult sent = this.mvc
			.perform(multipart("/admin/media")
				.file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
				.cookie(this.session)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/media"))
			.andReturn();

		Document list = page(get("/admin/media").flashAttrs(sent.getFlashMap()));

		assertThat(list.selectFirst("[data-testid=upload-nothing]").text())
			.isEqualTo("Choose at least one image to upload.");
		assertThat(list.select("[data-testid=upload-errors]")).isEmpty();
	}

	@Test
	void deletingAnImageInUseWarnsAndNeedsConfirmation() throws Exception {
		Media image = this.media.store("cover.png", TestImages.image("png", 40, 30));
		Article article = this.editor.create(new ArticleInput("en", "Harbour opens", "<p>Text.</p>", "", List.of(),
				ArticleStatus.PUBLISHED, null, null, image.id()), Actor.SYSTEM);

		Document details = page(get("/admin/media/" + image.id()));
		Document confirm = page(get("/admin/media/" + image.id() + "/delete"));

		assertThat(details.selectFirst("[data-testid=media-use]").text()).contains("Article cover", "Harbour opens");
		assertThat(confirm.selectFirst("[data-testid=in-use-warning]").text()).contains("in use", "Harbour opens");
		assertThat(confirm.select("input[name=confirmInUse]")).hasSize(1);

		MvcResult refused = this.mvc
			.perform(post("/admin/media/" + image.id() + "/delete").cookie(this.session).with(csrf()))
			.andExpect(status().isConflict())
			.andReturn();
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select("[data-testid=confirmation-missing]"))
			.hasSize(1);
		assertThat(this.media.findById(image.id())).isPresent();

		this.mvc
			.perform(post("/admin/media/" + image.id() + "/delete").param("confirmInUse", "true")
				.cookie(this.session)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/media"));
		assertThat(this.media.findById(image.id())).isEmpty();
		assertThat(this.articles.find(article.id()).orElseThrow().coverMediaId()).isNull();
	}

	@Test
	void anUnusedImageSaysSoAndAnUnknownOneIsNotFound() throws Exception {
		Media image = this.media.store("alone.png", TestImages.image("png", 40, 30));

		assertThat(page(get("/admin/media/" + image.id())).select("[data-testid=media-unused]")).hasSize(1);
		assertThat(page(get("/admin/media/" + image.id() + "/delete")).select("[data-testid=in-use-warning]"))
			.isEmpty();
		this.mvc.perform(get("/admin/media/999999").cookie(this.session)).andExpect(status().isNotFound());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.cookie(this.session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
