package com.newscenter.news;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list of published articles is read in an index's order, so its pages cost the
 * same at 100 articles and at 100,000: H2's plan must say so.
 */
@SpringBootTest
class ArticleListPlanTests {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { PublishedLists.LANGUAGE_LIST, PublishedLists.LANGUAGE_CATEGORY_LIST,
			PublishedLists.ALL_LIST, PublishedLists.ALL_CATEGORY_LIST })
	void listsAreReadInIndexOrder(String sql) {
		int parameters = (int) sql.chars().filter((c) -> c == '?').count();
		Object[] values = new Object[parameters];
		for (int i = 0; i < parameters; i++) {
			values[i] = 1;
		}
		if (sql.contains("language = ?")) {
			values[sql.contains("category_id = ?") ? 1 : 0] = "en";
		}

		String plan = this.jdbc.sql("EXPLAIN " + sql).params(values).query(String.class).single();

		assertThat(plan).contains("/* index sorted */");
	}

}
