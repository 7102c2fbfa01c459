package com.newscenter.account.admin;

import jakarta.servlet.http.Cookie;

import com.newscenter.account.AccountService;
import com.newscenter.account.AccountTest;
import com.newscenter.account.Role;
import com.newscenter.account.TestUsers;
import com.newscenter.account.User;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing one's own password: the current one is required, the new one is long enough
 * and confirmed, and every mistake is explained beside its field.
 */
@AccountTest
class PasswordChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Test
	void aWrongCurrentPasswordIsExplainedBesideItsField() throws Exception {
		User author = this.users.create(Role.AUTHOR);
		Cookie session = this.users.signIn(this.mvc, author);

		Document page = change(session, "not-my-password", "another-password", "another-password");

		assertThat(page.select("[data-testid=error-currentPassword]").text())
			.isEqualTo("The current password is not correct.");
		assertThat(this.accounts.issueToken(author.username(), TestUsers.PASSWORD)).isPresent();
	}

	@Test
	void aShortOrUnconfirmedNewPasswordIsExplainedBesideItsFields() throws Exception {
		User author = this.users.create(Role.AUTHOR);
		Cookie session = this.users.signIn(this.mvc, author);

		Document tooShort = change(session, TestUsers.PASSWORD, "short", "short");
		Document mismatch = change(session, TestUsers.PASSWORD, "another-password", "another-passw0rd");

		assertThat(tooShort.select("[data-testid=error-newPassword]").text())
			.isEqualTo("The password must be at least 10 characters long.");
		assertThat(mismatch.select("[data-testid=error-confirmPassword]").text())
			.isEqualTo("The two passwords are not the same.");
		assertThat(mismatch.select("input[type=password]")).allSatisfy((input) -> assertThat(input.val()).isEmpty());
		assertThat(this.accounts.issueToken(author.username(), TestUsers.PASSWORD)).isPresent();
	}

	@Test
	void aValidChangeIsConfirmedAndTheNewPasswordWorks() throws Exception {
		User author = this.users.create(Role.AUTHOR);
		Cookie session = this.users.signIn(this.mvc, author);

		this.mvc
			.perform(post("/admin/account/password").cookie(session)
				.param("currentPassword", TestUsers.PASSWORD)
				.param("newPassword", "a-brand-new-password")
				.param("confirmPassword", "a-brand-new-password")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/account/password"));
		Document page = Jsoup.parse(this.mvc.perform(get("/admin/account/password").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("[data-testid=password-changed]").text())
			.startsWith("Your password has been changed. Your API tokens have been revoked");
		assertThat(this.accounts.issueToken(author.username(), "a-brand-new-password")).isPresent();
		assertThat(this.accounts.issueToken(author.username(), TestUsers.PASSWORD)).isEmpty();
	}

	@Test
	void thePageSpeaksChinese() throws Exception {
		Cookie session = this.users.signIn(this.mvc, this.users.create(Role.EDITOR));

		Document page = Jsoup.parse(this.mvc.perform(get("/admin/account/password?lang=zh").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.selectFirst("h1").text()).isEqualTo("修改密码");
	}

	private Document change(Cookie session, String current, String next, String confirmation) throws Exception {
		return Jsoup.parse(
				this.mvc
					.perform(post("/admin/account/password").cookie(session)
						.param("currentPassword", current)
						.param("newPassword", next)
						.param("confirmPassword", confirmation)
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
	}

}
