package com.newscenter.account;

import com.newscenter.support.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The back-office sessions' attributes on a real PostgreSQL.
 */
class SessionStorePostgresTests extends SessionStoreTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
