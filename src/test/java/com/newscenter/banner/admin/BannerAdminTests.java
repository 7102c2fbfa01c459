package com.newscenter.banner.admin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.newscenter.account.Role;
import com.newscenter.audit.AuditEntry;
import com.newscenter.audit.AuditLog;
import com.newscenter.banner.Banner;
import com.newscenter.banner.BannerService;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.support.Staff;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.newscenter.support.Pages.page;
import static com.newscenter.support.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back-office banner pages: upload, edit, reorder and delete, and the home carousel
 * following the show window and the on/off switch.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BannerAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	BannerService banners;

	@Autowired
	MediaService media;

	@Autowired
	AuditLog audit;

	@Autowired
	TestDatabase database;

	private RequestPostProcessor editor;

	@BeforeEach
	void clean() {
		this.database.clean();
		this.editor = this.staff.as(Role.EDITOR);
	}

	@Test
	void uploadedBannerAppearsInTheListAndOnTheHomeCarousel() throws Exception {
		this.mvc
			.perform(multipart("/admin/banners")
				.file(new MockMultipartFile("file", "harbour.png", "image/png", TestImages.png(160, 60)))
				.with(this.editor)
				.with(csrf())
				.param("title", "Harbour at dawn")
				.param("link", "/en/news")
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/banners"));

		Banner banner = this.banners.findAll().get(0);
		Media image = this.media.findById(banner.imageMediaId()).orElseThrow();
		assertThat(image.width()).isEqualTo(160);
		Document list = page(this.mvc, get("/admin/banners").with(this.editor));
		assertThat(list.selectFirst("[data-testid=banner-row] img.thumbnail").attr("src")).isEqualTo(image.url());
		assertThat(slides("en")).containsExactly("Harbour at dawn");
		assertThat(slides("zh")).containsExactly("Harbour at dawn");
	}

	@Test
	void homeCarouselFollowsTheShowWindowTheLanguageAndTheSwitch() throws Exception {
		Media image = image();
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
		save("/admin/banners", image, "Later", now.plusDays(1), now.plusDays(2), "", true);
		assertThat(slides("en")).isEmpty();

		long id = this.banners.findAll().get(0).id();
		save("/admin/banners/" + id, image, "Now", now.minusDays(1), now.plusDays(1), "", true);
		assertThat(slides("en")).containsExactly("Now");

		save("/admin/banners/" + id, image, "Chinese only", null, null, "zh", true);
		assertThat(slides("en")).isEmpty();
		assertThat(slides("zh")).containsExactly("Chinese only");

		save("/admin/banners/" + id, image, "Switched off", null, null, "", false);
		assertThat(slides("en")).isEmpty();
		assertThat(slides("zh")).isEmpty();
		assertThat(this.banners.findById(id).orElseThrow().enabled()).isFalse();
	}

	@Test
	void reordersAndDeletes() throws Exception {
		Media image = image();
		save("/admin/banners", image, "First", null, null, "", true);
		save("/admin/banners", image, "Second", null, null, "", true);
		save("/admin/banners", image, "Third", null, null, "", true);
		assertThat(slides("en")).containsExactly("First", "Second", "Third");
		long third = this.banners.findAll().get(2).id();
		long first = this.banners.findAll().get(0).id();

		this.mvc
			.perform(post("/admin/banners/{id}/move", third).with(this.editor).with(csrf()).param("direction", "up"))
			.andExpect(redirectedUrl("/admin/banners"));
		this.mvc.perform(post("/admin/banners/{id}/delete", first).with(this.editor).with(csrf()))
			.andExpect(redirectedUrl("/admin/banners"));

		assertThat(slides("en")).containsExactly("Third", "Second");
		List<String> actions = this.audit.page(1, 2).stream().map(AuditEntry::action).toList();
		assertThat(actions).containsExactly("banner.delete", "banner.reorder");
	}

	@Test
	void refusedFormShowsErrorsBesideTheFieldsAndKeepsTheUpload() throws Exception {
		Document notAnImage = parse(this.mvc.perform(multipart("/admin/banners")
			.file(new MockMultipartFile("file", "notes.png", "image/png",
					"<html>not an image</html>".getBytes(StandardCharsets.UTF_8)))
			.with(this.editor)
			.with(csrf())
			.param("title", "Typed title")).andExpect(status().isOk()));
		assertThat(notAnImage.selectFirst("#image-error").text()).contains("PNG, JPEG or GIF");
		assertThat(notAnImage.selectFirst("input#title").val()).isEqualTo("Typed title");

		Document badLink = parse(this.mvc
			.perform(multipart("/admin/banners")
				.file(new MockMultipartFile("file", "slide.png", "image/png", TestImages.png(80, 30)))
				.with(this.editor)
				.with(csrf())
				.param("title", "Slide")
				.param("link", "javascript:alert(1)")
				.param("showFrom", "2030-01-02T10:00"))
			.andExpect(status().isOk()));
		assertThat(badLink.selectFirst("#link-error").text()).contains("http://");
		assertThat(badLink.selectFirst("input#link").val()).isEqualTo("javascript:alert(1)");
		assertThat(badLink.selectFirst("input#showFrom").val()).isEqualTo("2030-01-02T10:00");
		String keptImage = badLink.selectFirst("input#image").val();
		assertThat(this.media.findById(Long.parseLong(keptImage))).isPresent();
		assertThat(badLink.selectFirst("[data-testid=banner-image-preview]:not([hidden]) img")).isNotNull();

		Document badWindow = parse(this.mvc
			.perform(post("/admin/banners").with(this.editor)
				.with(csrf())
				.param("image", keptImage)
				.param("title", "Slide")
				.param("showFrom", "2030-01-02T10:00")
				.param("showUntil", "2030-01-01T10:00"))
			.andExpect(status().isOk()));
		assertThat(badWindow.selectFirst("#showUntil-error").text()).contains("after the start");
		Document badTime = parse(this.mvc
			.perform(post("/admin/banners").with(this.editor)
				.with(csrf())
				.param("image", keptImage)
				.param("title", "Slide")
				.param("showFrom", "tomorrow"))
			.andExpect(status().isOk()));
		assertThat(badTime.selectFirst("#showFrom-error").text()).contains("date and time");
		assertThat(badTime.selectFirst("input#showFrom").val()).isEqualTo("tomorrow");
		assertThat(this.banners.findAll()).isEmpty();
	}

	@Test
	void editFormShowsTheStoredBanner() throws Exception {
		Media image = image();
		save("/admin/banners", image, "Stored", null, LocalDateTime.of(2031, 5, 6, 7, 8), "en", true);
		Banner banner = this.banners.findAll().get(0);

		Document form = page(this.mvc, get("/admin/banners/{id}", banner.id()).with(this.editor));

		assertThat(form.selectFirst("input#title").val()).isEqualTo("Stored");
		assertThat(form.selectFirst("input#showUntil").val()).isEqualTo("2031-05-06T07:08");
		assertThat(form.selectFirst("select#language option[selected]").val()).isEqualTo("en");
		assertThat(form.selectFirst("input#image").val()).isEqualTo(String.valueOf(image.id()));
		assertThat(form.select("[data-testid=banner-delete] input[name=_csrf]")).hasSize(1);
		assertThat(page(this.mvc, get("/admin/banners/new").with(this.editor)).select("[data-testid=banner-delete]"))
			.isEmpty();
	}

	private void save(String path, Media image, String title, LocalDateTime from, LocalDateTime until, String language,
			boolean enabled) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(this.editor)
			.with(csrf())
			.param("image", String.valueOf(image.id()))
			.param("title", title)
			.param("language", language)
			.param("showFrom", (from != null) ? from.toString() : "")
			.param("showUntil", (until != null) ? until.toString() : "")
			.param("_enabled", "on");
		if (enabled) {
			request.param("enabled", "true");
		}
		this.mvc.perform(request).andExpect(redirectedUrl("/admin/banners"));
	}

	private Media image() {
		return this.media.store("slide.png", TestImages.png(64, 24));
	}

	private List<String> slides(String language) throws Exception {
		return page(this.mvc, get("/" + language + "/")).select("[data-testid=banner-slide] img").eachAttr("alt");
	}

}
