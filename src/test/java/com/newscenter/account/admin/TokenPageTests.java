package com.newscenter.account.admin;

import jakarta.servlet.http.Cookie;

import com.newscenter.account.AccountTest;
import com.newscenter.account.Role;
import com.newscenter.account.TestUsers;
import com.newscenter.account.User;
import com.newscenter.audit.AuditLog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each user's API tokens in the back office: created and shown once, listed, revoked with
 * immediate effect.
 */
@AccountTest
class TokenPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuditLog audit;

	@Test
	void aNewTokenIsShownOnceAndListedByName() throws Exception {
		Cookie session = this.users.signIn(this.mvc, this.users.create(Role.EDITOR));

		String token = create(session, "import script");
		Document later = page(session);

		assertThat(token).hasSizeGreaterThan(40);
		assertThat(later.select("[data-testid=created-token]")).isEmpty();
		assertThat(later.select("[data-testid=token-row]")).singleElement()
			.satisfies((row) -> assertThat(row.text()).contains("import script", "Never"));
		assertThat(later.html()).doesNotContain(token);
	}

	@Test
	void aRevokedTokenIsRefusedOnAWriteAtOnce() throws Exception {
		User admin = this.users.create(Role.ADMIN);
		Cookie session = this.users.signIn(this.mvc, admin);
		String token = create(session, "ci");
		createUser(token).andExpect(status().isCreated());
		String id = page(session).selectFirst("[data-testid=token-row]").attr("data-id");

		this.mvc.perform(post("/admin/tokens/{id}/revoke", id).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/tokens"));

		createUser(token).andExpect(status().isUnauthorized());
		assertThat(page(session).select("[data-testid=token-row]")).isEmpty();
	}

	@Test
	void onlyAnAdministratorRevokesSomeoneElsesToken() throws Exception {
		User admin = this.users.create(Role.ADMIN);
		Cookie adminSession = this.users.signIn(this.mvc, admin);
		Cookie editor = this.users.signIn(this.mvc, this.users.create(Role.EDITOR));
		create(adminSession, "admin's own");
		String adminsToken = page(adminSession).selectFirst("[data-testid=token-row]").attr("data-id");

		this.mvc.perform(post("/admin/tokens/{id}/revoke", adminsToken).cookie(editor).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(page(adminSession).select("[data-testid=token-row]")).hasSize(1);
		Document editorsPage = page(editor);
		assertThat(editorsPage.select("[data-testid=empty-state]")).hasSize(1);
		assertThat(editorsPage.select("table")).as("no lists, not even empty ones").isEmpty();
		assertThat(editorsPage.text()).doesNotContain("admin's own", "Other users' tokens");
	}

	@Test
	void anAdministratorSeesAndRevokesOtherUsersTokens() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		Cookie editorSession = this.users.signIn(this.mvc, editor);
		Cookie admin = this.users.signIn(this.mvc, this.users.create(Role.ADMIN));
		String token = create(editorSession, "leaked script");
		Element row = page(admin).select("[data-testid=others-token-row]")
			.stream()
			.filter((r) -> r.text().contains(editor.username()))
			.findFirst()
			.orElseThrow();
		assertThat(row.text()).contains("leaked script", "Never");

		this.mvc.perform(post("/admin/tokens/{id}/revoke", row.attr("data-id")).cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/tokens"));

		this.mvc
			.perform(post("/api/v1/articles").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnauthorized());
		assertThat(page(editorSession).select("[data-testid=token-row]")).isEmpty();
		assertThat(page(admin).text()).doesNotContain("leaked script");
		assertThat(this.audit.page(1, 50)).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("token.revoke");
			assertThat(entry.target()).isEqualTo("user:" + editor.id());
		});
	}

	@Test
	void aMissingNameIsExplainedBesideTheField() throws Exception {
		Cookie session = this.users.signIn(this.mvc, this.users.create(Role.AUTHOR));

		Document page = Jsoup.parse(this.mvc
			.perform(post("/admin/tokens").param("name", " ").param("days", "30").cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("[data-testid=error-name]").text())
			.isEqualTo("Give the token a name of 1 to 100 characters.");
	}

	private String create(Cookie session, String name) throws Exception {
		this.mvc.perform(post("/admin/tokens").param("name", name).param("days", "30").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/tokens"));
		return page(session).selectFirst("[data-testid=created-token]").text();
	}

	private Document page(Cookie session) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/admin/tokens").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ResultActions createUser(String token) throws Exception {
		return this.mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + TestUsers.uniqueName("api") + "\",\"password\":\"a-long-password\","
					+ "\"role\":\"AUTHOR\"}"));
	}

}
