package com.newscenter.search.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.newscenter.account.Role;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors and administrators see the search index in the back office and rebuild it,
 * following its progress; authors and visitors may not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void editorsRebuildTheIndexAndFollowItsProgress() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.content.article("en").title("Railway " + i).create();
		}

		this.mvc.perform(post("/admin/search/rebuild").with(staff(Role.EDITOR)).with(csrf()))
			.andExpect(redirectedUrl("/admin/search"));
		String status = awaitRebuild();

		assertThat((Integer) JsonPath.read(status, "$.percent")).isEqualTo(100);
		assertThat((Integer) JsonPath.read(status, "$.done")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(status, "$.documents")).isEqualTo(3);
		Document page = Jsoup.parse(this.mvc.perform(get("/admin/search").with(staff(Role.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("[data-testid=search-documents]").text()).isEqualTo("3");
		assertThat(page.selectFirst("[data-testid=search-published]").text()).isEqualTo("3");
		assertThat(page.selectFirst("[data-testid=search-finished]").text()).contains("3 articles");
		assertThat(page.select("form[action=/admin/search/rebuild] button")).hasSize(1);
		assertThat(page.select("script[src=/js/progress.js]")).hasSize(1);
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select(".admin-menu a[href=/admin/search]")).hasSize(1);
	}

	@Test
	void authorsAndVisitorsMayNot() throws Exception {
		this.mvc.perform(get("/admin/search").with(staff(Role.AUTHOR))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/search/rebuild").with(staff(Role.AUTHOR)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/search/status").with(staff(Role.AUTHOR))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/search")).andExpect(redirectedUrl("/admin/login"));
		this.mvc.perform(post("/admin/search/rebuild").with(staff(Role.EDITOR))).andExpect(status().isForbidden());
	}

	private String awaitRebuild() throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			String status = this.mvc.perform(get("/admin/search/status").with(staff(Role.EDITOR)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!(Boolean) JsonPath.read(status, "$.running") || Instant.now().isAfter(deadline)) {
				return status;
			}
			Thread.sleep(20);
		}
	}

	private static RequestPostProcessor staff(Role role) {
		StaffPrincipal principal = new StaffPrincipal(1, role.name().toLowerCase(), role);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
	}

}
