package com.newscenter.admin;

import jakarta.servlet.http.Cookie;

import com.newscenter.account.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in to the back office and its dashboard, in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminShellTests {

	@Autowired
	MockMvc mvc;

	@Test
	void signInWithTheRightPasswordOpensTheDashboard() throws Exception {
		MvcResult login = this.mvc.perform(formLogin("/admin/login").user("admin").password("admin-test-password"))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		Cookie session = TestUsers.sessionCookie(login);

		Document dashboard = Jsoup.parse(this.mvc.perform(get("/admin").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(dashboard.selectFirst("h1").text()).isEqualTo("Dashboard");
		assertThat(dashboard.select("[data-testid=views-today]").text()).matches("\\d+");
		assertThat(dashboard.select("canvas#views-chart").attr("data-days").split(",")).hasSize(30);
	}

	@Test
	void wrongPasswordReturnsToSignInWithAnError() throws Exception {
		this.mvc.perform(formLogin("/admin/login").user("admin").password("wrong"))
			.andExpect(redirectedUrl("/admin/login?error"));

		Document page = Jsoup
			.parse(this.mvc.perform(get("/admin/login?error")).andReturn().getResponse().getContentAsString());
		assertThat(page.selectFirst("[data-testid=login-error]").text()).isEqualTo("Wrong username or password.");
	}

	@Test
	void backOfficeLanguageFollowsTheChoice() throws Exception {
		MvcResult chosen = this.mvc.perform(get("/admin/login?lang=zh")).andExpect(status().isOk()).andReturn();
		Document page = Jsoup.parse(chosen.getResponse().getContentAsString());
		assertThat(page.selectFirst("h1").text()).isEqualTo("登录");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh");
		assertThat(chosen.getResponse().getHeaders("Set-Cookie")).anyMatch((c) -> c.startsWith("nc_lang=zh"));

		Document remembered = Jsoup
			.parse(this.mvc.perform(get("/admin/login").cookie(new jakarta.servlet.http.Cookie("nc_lang", "zh")))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(remembered.selectFirst("h1").text()).isEqualTo("登录");
	}

}
