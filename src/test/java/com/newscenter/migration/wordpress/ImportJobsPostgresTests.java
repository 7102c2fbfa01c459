package com.newscenter.migration.wordpress;

import com.newscenter.support.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Imports running on their own, on a real PostgreSQL.
 */
class ImportJobsPostgresTests extends ImportJobsTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
