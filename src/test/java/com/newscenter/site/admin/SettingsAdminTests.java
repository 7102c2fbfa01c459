package com.newscenter.site.admin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.audit.AuditEntry;
import com.newscenter.audit.AuditLog;
import com.newscenter.media.MediaService;
import com.newscenter.site.SiteSettings;
import com.newscenter.site.SiteSettingsService;
import com.newscenter.support.Staff;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.newscenter.support.Pages.page;
import static com.newscenter.support.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back-office settings page: an administrator's changes reach the public header and
 * footer; refused values come back beside their fields.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SettingsAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	SiteSettingsService settings;

	@Autowired
	MediaService media;

	@Autowired
	AuditLog audit;

	@Autowired
	TestDatabase database;

	private RequestPostProcessor admin;

	@BeforeEach
	void clean() {
		this.database.clean();
		this.admin = this.staff.as(Role.ADMIN);
	}

	@Test
	void changesReachThePublicFooterAndTheLogoTheHeader() throws Exception {
		this.mvc.perform(form().file(new MockMultipartFile("file", "logo.png", "image/png", TestImages.png(120, 40))))
			.andExpect(redirectedUrl("/admin/settings"));

		Document english = page(this.mvc, get("/en/news"));
		Element footer = english.selectFirst("[data-testid=site-footer]");
		assertThat(footer.text()).contains("Harbour Daily", "© 2025 Harbour Daily", "京ICP备12345678号",
				"京公网安备11010502030143号", "Powered by NewsCenter");
		Element logo = english.selectFirst("header img.brand-logo");
		assertThat(logo.attr("alt")).isEqualTo("Harbour Daily");
		assertThat(logo.attr("src")).isEqualTo(this.media.findById(this.settings.get().logo()).orElseThrow().url());
		assertThat(page(this.mvc, get("/zh/")).selectFirst("header img.brand-logo").attr("alt")).isEqualTo("港口日报");

		AuditEntry entry = this.audit.page(1, 1).get(0);
		assertThat(entry.action()).isEqualTo("settings.update");
		assertThat(entry.target()).isEqualTo("settings");
	}

	@Test
	void theLogoCanBeRemoved() throws Exception {
		long logo = this.media.store("logo.png", TestImages.png(30, 10)).id();
		this.settings.update(new SiteSettings(Map.of("en", "Daily"), "", "", "", "", logo), Actor.SYSTEM);
		assertThat(page(this.mvc, get("/en/")).select("header img.brand-logo")).hasSize(1);
		Document form = page(this.mvc, get("/admin/settings").with(this.admin));
		assertThat(form.selectFirst("input[name=logo]").val()).isEqualTo(String.valueOf(logo));

		this.mvc.perform(form("logo", String.valueOf(logo), "removeLogo", "true"))
			.andExpect(redirectedUrl("/admin/settings"));

		assertThat(this.settings.get().logo()).isNull();
		assertThat(page(this.mvc, get("/en/")).select("header img.brand-logo")).isEmpty();
	}

	@Test
	void refusedFormShowsErrorsBesideTheFieldsAndKeepsWhatWasTyped() throws Exception {
		Document tooLong = parse(this.mvc.perform(form("copyright", "©".repeat(501))).andExpect(status().isOk()));
		assertThat(tooLong.selectFirst("#copyright-error").text()).contains("at most 500");
		assertThat(tooLong.selectFirst("input#icpLicense").val()).isEqualTo("京ICP备12345678号");
		assertThat(tooLong.selectFirst("input#siteName-zh").val()).isEqualTo("港口日报");

		Document noName = parse(
				this.mvc.perform(form("siteName[en]", " ", "siteName[zh]", "")).andExpect(status().isOk()));
		assertThat(noName.selectFirst("#siteName-error").text()).contains("at least one language");

		Document notAnImage = parse(this.mvc.perform(form().file(new MockMultipartFile("file", "logo.png", "image/png",
				"GIF89a but not really".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk()));
		assertThat(notAnImage.selectFirst("#logo-error").text()).contains("PNG, JPEG or GIF");
		assertThat(this.settings.get().siteName()).isEmpty();
	}

	/**
	 * Returns the settings form filled in, with some fields changed.
	 * @param changes field name, value, field name, value, …
	 */
	private MockMultipartHttpServletRequestBuilder form(String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("siteName[en]", "Harbour Daily");
		fields.put("siteName[zh]", "港口日报");
		fields.put("copyright", "© 2025 Harbour Daily");
		fields.put("icpLicense", "京ICP备12345678号");
		fields.put("publicSecurityFiling", "京公网安备11010502030143号");
		fields.put("poweredBy", "Powered by NewsCenter");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder form = multipart("/admin/settings");
		form.with(this.admin).with(csrf());
		fields.forEach(form::param);
		return form;
	}

}
