package com.newscenter.support;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fetches HTML pages through MockMvc and parses them, for tests that look at what a
 * visitor or an editor sees.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * Performs a request that must answer 200 and parses the page.
	 * @param mvc the MockMvc
	 * @param request the request
	 * @return the page
	 * @throws Exception when the request fails
	 */
	public static Document page(MockMvc mvc, RequestBuilder request) throws Exception {
		return parse(mvc.perform(request).andExpect(status().isOk()));
	}

	public static Document parse(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
