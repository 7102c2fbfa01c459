package com.newscenter.news.admin;

import com.newscenter.support.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Translation status and filters of the back-office list on a real PostgreSQL.
 */
class TranslationStatusPostgresTests extends TranslationStatusTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
