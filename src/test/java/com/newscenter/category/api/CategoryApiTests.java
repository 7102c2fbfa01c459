package com.newscenter.category.api;

import com.newscenter.audit.AuditEntry;
import com.newscenter.audit.AuditLog;
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

import static com.newscenter.support.ApiProblems.badField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Categories through the JSON API: created with names per language and a parent, listed,
 * and refused with a clear reason when they cannot be.
 */
@ApiTest
class CategoryApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestDatabase database;

	@Autowired
	AuditLog audit;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void createsCategoriesWithNamesAndAParent() throws Exception {
		create("""
				{"slug":"transport","names":{"en":"Transport","zh":"交通"}}""").andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, endsWith("/api/v1/categories/transport")))
			.andExpect(jsonPath("$.slug").value("transport"))
			.andExpect(jsonPath("$.names.zh").value("交通"));
		create("""
				{"slug":"rail","names":{"en":"Rail","zh":"铁路"},"parent":"transport"}""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.parent").value("transport"));

		this.mvc.perform(get("/api/v1/categories"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].slug").value(contains("transport", "rail")))
			.andExpect(jsonPath("$[1].names.en").value("Rail"))
			.andExpect(jsonPath("$[1].parent").value("transport"));
	}

	@Test
	void refusesADuplicateSlug() throws Exception {
		create("""
				{"slug":"sport","names":{"en":"Sport"}}""").andExpect(status().isCreated());

		create("""
				{"slug":"sport","names":{"en":"More sport"}}""").andExpect(badField("slug"))
			.andExpect(jsonPath("$.detail").value(containsString("already exists")));
		this.mvc.perform(get("/api/v1/categories")).andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void refusesASlugThatIsNotLowerCaseWordsAndHyphens() throws Exception {
		create("""
				{"slug":"Bad Slug!","names":{"en":"Bad"}}""").andExpect(badField("slug"))
			.andExpect(jsonPath("$.detail").value(containsString("lower-case")));
	}

	@Test
	void refusesANameInALanguageTheSiteDoesNotHave() throws Exception {
		create("""
				{"slug":"culture","names":{"en":"Culture","fr":"Culture"}}""").andExpect(badField("names"))
			.andExpect(jsonPath("$.detail").value(containsString("'fr'")));
	}

	@Test
	void refusesAnUnknownParent() throws Exception {
		create("""
				{"slug":"tennis","names":{"en":"Tennis"},"parent":"nope"}""").andExpect(badField("parent"))
			.andExpect(jsonPath("$.detail").value(containsString("nope")));
		this.mvc.perform(get("/api/v1/categories")).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void creationIsAuditedUnderTheTokensUser() throws Exception {
		create("""
				{"slug":"audited","names":{"en":"Audited"}}""").andExpect(status().isCreated());

		AuditEntry entry = this.audit.page(1, 1).get(0);
		assertThat(entry.action()).isEqualTo("category.create");
		assertThat(entry.actor()).startsWith("editor-");
	}

	private ResultActions create(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/categories").header(HttpHeaders.AUTHORIZATION, this.tokens.editor())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
