package com.newscenter.category;

import com.newscenter.support.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The category rules, with their article moves, on a real PostgreSQL.
 */
class CategoryServicePostgresTests extends CategoryServiceTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
