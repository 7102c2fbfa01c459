package com.newscenter.news.api;

import com.newscenter.support.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The article API round trip on a real PostgreSQL.
 */
class ArticleApiRoundTripPostgresTests extends ArticleApiRoundTripTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
