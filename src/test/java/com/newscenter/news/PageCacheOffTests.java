package com.newscenter.news;

import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code newscenter.page-cache.enabled=false} every page is rendered afresh.
 */
@SpringBootTest(properties = "newscenter.page-cache.enabled=false")
@AutoConfigureMockMvc
class PageCacheOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	MeterRegistry meters;

	@Test
	void pagesBypassTheCache() throws Exception {
		this.database.clean();
		this.content.article("en").title("Quay extension").create();

		this.mvc.perform(get("/en/news")).andExpect(status().isOk());
		this.mvc.perform(get("/en/news")).andExpect(status().isOk());

		assertThat(this.meters.find("newscenter.page-cache.requests").counters()).hasSize(2)
			.allSatisfy((counter) -> assertThat(counter.count()).isZero());
	}

}
