package com.newscenter.analytics;

import com.newscenter.support.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Concurrent views counted exactly on a real PostgreSQL.
 */
class ViewConcurrencyPostgresTests extends ViewConcurrencyTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
