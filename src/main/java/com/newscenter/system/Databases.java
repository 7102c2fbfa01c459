package com.newscenter.system;

import java.sql.Connection;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tells which database the site runs on: what the nodes share through the database (the
 * dedup window, the content version) is needed only on PostgreSQL, since the embedded
 * database has one node.
 */
public final class Databases {

	private Databases() {
	}

	/**
	 * Tells whether a connection of the template is to PostgreSQL.
	 * @param jdbc the template
	 * @return {@code true} on PostgreSQL
	 */
	public static boolean isPostgres(JdbcTemplate jdbc) {
		String product = jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
		return product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
	}

}
