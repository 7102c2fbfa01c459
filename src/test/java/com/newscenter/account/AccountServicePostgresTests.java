package com.newscenter.account;

import com.newscenter.support.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Users and API tokens on a real PostgreSQL.
 */
class AccountServicePostgresTests extends AccountServiceTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
