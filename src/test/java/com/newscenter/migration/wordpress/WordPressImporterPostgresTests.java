package com.newscenter.migration.wordpress;

import com.newscenter.support.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The WordPress import on a real PostgreSQL.
 */
class WordPressImporterPostgresTests extends WordPressImporterTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
