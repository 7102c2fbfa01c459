package com.newscenter.support;

import com.newscenter.system.ContentReset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Empties the content tables between tests that share a Spring context and its database.
 */
@Component
public class TestDatabase {

	private static final String[] TABLES = { "article_view_daily", "article_category", "article", "banner",
			"category_name", "category", "media", "site_setting", "import_job" };

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	public TestDatabase(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public void clean() {
		for (String table : TABLES) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
		this.events.publishEvent(new ContentReset());
	}

}
