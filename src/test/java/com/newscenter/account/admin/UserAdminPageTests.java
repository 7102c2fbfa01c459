package com.newscenter.account.admin;

import jakarta.servlet.http.Cookie;

import com.newscenter.account.AccountService;
import com.newscenter.account.AccountTest;
import com.newscenter.account.Role;
import com.newscenter.account.TestUsers;
import com.newscenter.account.User;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' user pages: who may use them, and the rules they explain.
 */
@AccountTest
class UserAdminPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "ADMIN, create, 302", "ADMIN, disable, 302", "ADMIN, reset, 302", "ADMIN, changeRole, 302",
			"EDITOR, create, 403", "EDITOR, disable, 403", "EDITOR, reset, 403", "EDITOR, changeRole, 403",
			"AUTHOR, create, 403", "AUTHOR, disable, 403", "AUTHOR, reset, 403", "AUTHOR, changeRole, 403" })
	void onlyAdministratorsManageUsers(Role role, String action, int expected) throws Exception {
		Cookie session = this.users.signIn(this.mvc, this.users.create(role));
		User target = this.users.create(Role.AUTHOR);
		MockHttpServletRequestBuilder request = switch (action) {
			case "create" -> post("/admin/users").param("username", TestUsers.uniqueName("made"))
				.param("password", "a-long-password")
				.param("role", "AUTHOR");
			case "disable" -> post("/admin/users/{id}/enabled", target.id()).param("enabled", "false");
			case "reset" -> post("/admin/users/{id}/password", target.id()).param("password", "new-password-1");
			default -> post("/admin/users/{id}/role", target.id()).param("role", "EDITOR");
		};

		this.mvc.perform(request.cookie(session).with(csrf())).andExpect(status().is(expected));

		User after = this.accounts.findById(target.id()).orElseThrow();
		assertThat(after.enabled() && after.role() == Role.AUTHOR)
			.isEqualTo(expected != 302 || action.equals("create") || action.equals("reset"));
	}

	@Test
	void listsUsersAndOffersNoChangesToOneself() throws Exception {
		User admin = this.users.create(Role.ADMIN);
		User editor = this.users.create(Role.EDITOR);
		Cookie session = this.users.signIn(this.mvc, admin);

		Document page = page(get("/admin/users").cookie(session));

		Element other = page.selectFirst("[data-testid=user-row][data-username=" + editor.username() + "]");
		assertThat(other.text()).contains(editor.username(), "Editor", "Enabled");
		assertThat(other.select("form")).hasSize(2);
		Element self = page.selectFirst("[data-testid=user-row][data-username=" + admin.username() + "]");
		assertThat(self.select("form")).isEmpty();
		assertThat(self.text()).contains("This is you");
	}

	@Test
	void anAdministratorCannotDemoteOrDisableThemself() throws Exception {
		User admin = this.users.create(Role.ADMIN);
		Cookie session = this.users.signIn(this.mvc, admin);

		this.mvc
			.perform(post("/admin/users/{id}/role", admin.id()).param("role", "AUTHOR").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("error", "account.error.self"));
		this.mvc.perform(
				post("/admin/users/{id}/enabled", admin.id()).param("enabled", "false").cookie(session).with(csrf()))
			.andExpect(flash().attribute("error", "account.error.self"));

		User stored = this.accounts.findById(admin.id()).orElseThrow();
		assertThat(stored.role()).isEqualTo(Role.ADMIN);
		assertThat(stored.enabled()).isTrue();
	}

	@Test
	void creatingAUserExplainsMistakesBesideTheFields() throws Exception {
		User existing = this.users.create(Role.AUTHOR);
		Cookie session = this.users.signIn(this.mvc, this.users.create(Role.ADMIN));

		Document invalid = page(post("/admin/users").param("username", "a b")
			.param("password", "short")
			.param("role", "OWNER")
			.cookie(session)
			.with(csrf()));
		Document duplicate = page(post("/admin/users").param("username", existing.username())
			.param("password", "a-long-password")
			.param("role", "AUTHOR")
			.cookie(session)
			.with(csrf()));

		assertThat(invalid.select("[data-testid=error-username]").text()).startsWith("The username must be 3 to 50");
		assertThat(invalid.select("[data-testid=error-password]").text()).contains("at least 10 characters");
		assertThat(invalid.select("[data-testid=error-role]").text()).contains("ADMIN, EDITOR or AUTHOR");
		assertThat(invalid.select("#username").val()).isEqualTo("a b");
		assertThat(duplicate.select("[data-testid=error-username]").text())
			.isEqualTo("This username is already taken.");
	}

	@Test
	void resettingAPasswordExplainsMistakesAndWorks() throws Exception {
		User author = this.users.create(Role.AUTHOR);
		Cookie session = this.users.signIn(this.mvc, this.users.create(Role.ADMIN));

		Document form = page(get("/admin/users/{id}/password", author.id()).cookie(session));
		Document tooShort = page(post("/admin/users/{id}/password", author.id()).param("password", "short")
			.cookie(session)
			.with(csrf()));
		this.mvc
			.perform(post("/admin/users/{id}/password", author.id()).param("password", "a-reset-password")
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));

		assertThat(form.selectFirst("h1").text()).contains(author.username());
		assertThat(tooShort.select("[data-testid=error-password]").text()).contains("at least 10 characters");
		assertThat(this.accounts.issueToken(author.username(), "a-reset-password")).isPresent();
	}

	@Test
	void unknownUsersAndBadIdsAreNoServerError() throws Exception {
		Cookie session = this.users.signIn(this.mvc, this.users.create(Role.ADMIN));

		this.mvc.perform(get("/admin/users/{id}/password", 999_999).cookie(session)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/users/{id}/enabled", 999_999).param("enabled", "false").cookie(session).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/users/x/enabled").param("enabled", "maybe").cookie(session).with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/admin/users/1/role").cookie(session).with(csrf())).andExpect(status().isBadRequest());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
