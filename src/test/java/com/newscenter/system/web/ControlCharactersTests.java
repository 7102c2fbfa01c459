package com.newscenter.system.web;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.newscenter.support.ApiResults;
import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Control characters sent in JSON or forms are dropped before anything is stored: a NUL
 * would fail PostgreSQL writes and sign-ins with a 500, and a vertical tab pasted into a
 * title would make the feeds unreadable XML. Run on H2 and PostgreSQL by the subclasses.
 */
@ApiTest
abstract class ControlCharactersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void controlCharactersInJsonAreDroppedFromWhatIsStored() throws Exception {
		json("/api/v1/categories", """
				{"slug":"ports","names":{"en":"Po\\u0000rts","zh":"港\\u0001口"}}""").andExpect(status().isCreated());
		long id = ApiResults.id(json("/api/v1/articles", """
				{"language":"en","title":"Nul\\u0000 and\\u000B tab\\tkept","summary":"s\\u0000s",
				 "body":"<p>b\\u0000b</p>","categories":["ports"],"status":"published"}""")
			.andExpect(status().isCreated())
			.andReturn());

		this.mvc.perform(get("/api/v1/articles/" + id))
			.andExpect(jsonPath("$.title").value("Nul and tab\tkept"))
			.andExpect(jsonPath("$.summary").value("ss"))
			.andExpect(jsonPath("$.body").value("<p>bb</p>"));
		this.mvc.perform(get("/api/v1/categories")).andExpect(jsonPath("$[*].names.en", hasItem("Ports")));
		byte[] feed = this.mvc.perform(get("/en/feed.rss")).andReturn().getResponse().getContentAsByteArray();
		assertThat(DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(feed))
			.getElementsByTagName("title")
			.item(1)
			.getTextContent()).isEqualTo("Nul and tab\tkept");
	}

	@Test
	void aNulInASignInNameIsAFailedSignIn() throws Exception {
		this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"ad\\u0000min","password":"wrong"}""")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/admin/login").param("username", "ad\u0000min").param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/admin/login?error"));
	}

	@Test
	void controlCharactersInFormsAreDroppedToo() throws Exception {
		String location = this.mvc
			.perform(post("/admin/articles").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("language", "en")
				.param("title", "Form\u0000 title")
				.param("body", "<p>x</p>")
				.param("action", "publish"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get("/api/v1/articles/" + location.substring(location.lastIndexOf('/') + 1)))
			.andExpect(jsonPath("$.title").value("Form title"));
	}

	private ResultActions json(String path, String body) throws Exception {
		return this.mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, this.tokens.editor())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
