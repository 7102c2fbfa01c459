package com.newscenter.feed;

import com.newscenter.support.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sitemaps, streamed from a real PostgreSQL.
 */
class SitemapPostgresTests extends SitemapTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
