package com.newscenter.site.api;

import java.nio.charset.StandardCharsets;

import com.newscenter.audit.AuditEntry;
import com.newscenter.audit.AuditLog;
import com.newscenter.media.MediaService;
import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.newscenter.support.ApiProblems.badField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Site settings through the JSON API: replaced by an administrator, read back by anyone,
 * and shown in the footer of the public pages.
 */
@ApiTest
class SettingsApiTests {

	private static final String SETTINGS = """
			{"siteName":{"en":"Harbour Daily","zh":"港口日报"},"copyright":"© 2025 Harbour Daily",
			 "icpLicense":"京ICP备12345678号","publicSecurityFiling":"京公网安备11010502030143号",
			 "poweredBy":"Powered by NewsCenter"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestDatabase database;

	@Autowired
	MediaService media;

	@Autowired
	AuditLog audit;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void putReplacesTheSettingsAndGetReturnsThem() throws Exception {
		replace(SETTINGS).andExpect(status().isOk()).andExpect(jsonPath("$.icpLicense").value("京ICP备12345678号"));

		this.mvc.perform(get("/api/v1/settings"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.siteName.en").value("Harbour Daily"))
			.andExpect(jsonPath("$.siteName.zh").value("港口日报"))
			.andExpect(jsonPath("$.copyright").value("© 2025 Harbour Daily"))
			.andExpect(jsonPath("$.icpLicense").value("京ICP备12345678号"))
			.andExpect(jsonPath("$.publicSecurityFiling").value("京公网安备11010502030143号"))
			.andExpect(jsonPath("$.poweredBy").value("Powered by NewsCenter"));
	}

	@Test
	void putClearsWhatItLeavesOut() throws Exception {
		replace(SETTINGS).andExpect(status().isOk());

		replace("""
				{"siteName":{"en":"Harbour Daily"},"icpLicense":"京ICP备87654321号"}""").andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/settings"))
			.andExpect(jsonPath("$.icpLicense").value("京ICP备87654321号"))
			.andExpect(jsonPath("$.copyright").value(""))
			.andExpect(jsonPath("$.publicSecurityFiling").value(""))
			.andExpect(jsonPath("$.poweredBy").value(""));
	}

	@Test
	void refusesSettingsWithoutASiteName() throws Exception {
		replace("""
				{"copyright":"x"}""").andExpect(badField("siteName"));
	}

	@Test
	void refusesASiteNameInALanguageTheSiteDoesNotHave() throws Exception {
		replace("""
				{"siteName":{"en":"Daily","fr":"Le Quotidien"}}""").andExpect(badField("siteName"))
			.andExpect(jsonPath("$.detail").value(containsString("'fr'")));
	}

	@Test
	void refusesASiteNameWithoutAValue() throws Exception {
		replace("""
				{"siteName":{"en":null}}""").andExpect(badField("siteName"));
	}

	@Test
	void footerOfThePublicPagesShowsTheNewFilingNumbers() throws Exception {
		replace(SETTINGS).andExpect(status().isOk());

		String html = this.mvc.perform(get("/en/news"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		Element footer = Jsoup.parse(html).selectFirst("[data-testid=site-footer]");
		assertThat(footer).isNotNull();
		assertThat(footer.text()).contains("京ICP备12345678号", "京公网安备11010502030143号", "© 2025 Harbour Daily",
				"Powered by NewsCenter", "Harbour Daily");
	}

	@Test
	void putSetsTheLogoRefusesAnUnknownOneAndIsAudited() throws Exception {
		long logo = this.media.store("logo.png", TestImages.png(40, 20)).id();

		replace("""
				{"siteName":{"en":"Harbour Daily"},"logo":%d}""".formatted(logo)).andExpect(status().isOk())
			.andExpect(jsonPath("$.logo").value(logo));
		replace("""
				{"siteName":{"en":"Daily"},"logo":99999999}""").andExpect(badField("logo"));

		this.mvc.perform(get("/api/v1/settings")).andExpect(jsonPath("$.logo").value(logo));
		// the newest write to the settings (signing in for a token is audited too)
		AuditEntry entry = this.audit.page(1, 10)
			.stream()
			.filter((e) -> e.target().equals("settings"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.action()).isEqualTo("settings.update");
		assertThat(entry.actor()).isEqualTo("admin");
	}

	private ResultActions replace(String json) throws Exception {
		return this.mvc.perform(put("/api/v1/settings").header(HttpHeaders.AUTHORIZATION, this.tokens.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
