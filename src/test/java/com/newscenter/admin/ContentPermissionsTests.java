package com.newscenter.admin;

import java.util.Map;

import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.banner.Banner;
import com.newscenter.banner.BannerService;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.media.MediaService;
import com.newscenter.support.Staff;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may change site content in the back office: a table of role × action → the status
 * answered (302 after a write, 200 for a page, 403 when the role does not allow it).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContentPermissionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	CategoryService categories;

	@Autowired
	BannerService banners;

	@Autowired
	MediaService media;

	@Autowired
	TestDatabase database;

	private Category category;

	private Banner banner;

	@BeforeEach
	void content() {
		this.database.clean();
		this.category = this.categories.create("existing", Map.of("en", "Existing"), null, Actor.SYSTEM);
		long image = this.media.store("slide.png", TestImages.png(40, 20)).id();
		this.banner = this.banners.create(new Banner(0, null, "Existing", null, image, 1, null, null, true),
				Actor.SYSTEM);
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "ADMIN, category.create, 302", "EDITOR, category.create, 302", "AUTHOR, category.create, 403",
			"ADMIN, category.rename, 302", "EDITOR, category.rename, 302", "AUTHOR, category.rename, 403",
			"ADMIN, category.move, 302", "EDITOR, category.move, 302", "AUTHOR, category.move, 403",
			"ADMIN, category.delete, 302", "EDITOR, category.delete, 302", "AUTHOR, category.delete, 403",
			"ADMIN, category.page, 200", "EDITOR, category.page, 200", "AUTHOR, category.page, 403",
			"ADMIN, banner.create, 302", "EDITOR, banner.create, 302", "AUTHOR, banner.create, 403",
			"ADMIN, banner.delete, 302", "EDITOR, banner.delete, 302", "AUTHOR, banner.delete, 403",
			"ADMIN, banner.page, 200", "EDITOR, banner.page, 200", "AUTHOR, banner.page, 403",
			"ADMIN, settings.update, 302", "EDITOR, settings.update, 403", "AUTHOR, settings.update, 403",
			"ADMIN, settings.page, 200", "EDITOR, settings.page, 403", "AUTHOR, settings.page, 403",
			"ADMIN, audit.page, 200", "EDITOR, audit.page, 403", "AUTHOR, audit.page, 403" })
	void roleMayOrMayNot(Role role, String action, int expected) throws Exception {
		int status = this.mvc.perform(request(action).with(this.staff.as(role)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(expected);
		if (expected == 403) {
			assertThat(this.categories.findAll()).extracting(Category::slug).containsExactly("existing");
			assertThat(this.categories.findAll().get(0).names()).containsEntry("en", "Existing");
			assertThat(this.banners.findAll()).extracting(Banner::title).containsExactly("Existing");
		}
	}

	private MockHttpServletRequestBuilder request(String action) {
		long id = this.category.id();
		return switch (action) {
			case "category.create" -> post("/admin/categories").param("slug", "fresh").param("names[en]", "Fresh");
			case "category.rename" -> post("/admin/categories/{id}/names", id).param("names[en]", "Renamed");
			case "category.move" -> post("/admin/categories/{id}/move", id).param("direction", "down");
			case "category.delete" -> post("/admin/categories/{id}/delete", id);
			case "category.page" -> get("/admin/categories");
			case "banner.create" -> post("/admin/banners").param("image", String.valueOf(this.banner.imageMediaId()))
				.param("title", "Fresh");
			case "banner.delete" -> post("/admin/banners/{id}/delete", this.banner.id());
			case "banner.page" -> get("/admin/banners");
			case "settings.update" -> post("/admin/settings").param("siteName[en]", "Renamed site");
			case "settings.page" -> get("/admin/settings");
			case "audit.page" -> get("/admin/audit");
			default -> throw new IllegalArgumentException(action);
		};
	}

}
