package com.newscenter.site;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores site settings as named values, so new settings need no schema change.
 */
@Repository
class SiteSettingsRepository {

	private final JdbcClient jdbc;

	SiteSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, String> findAll() {
		Map<String, String> values = new HashMap<>();
		this.jdbc.sql("SELECT setting_name, setting_value FROM site_setting").query((rs) -> {
			values.put(rs.getString(1), rs.getString(2));
		});
		return values;
	}

	void remove(String name) {
		this.jdbc.sql("DELETE FROM site_setting WHERE setting_name = ?").param(name).update();
	}

	void put(String name, String value) {
		int updated = this.jdbc.sql("UPDATE site_setting SET setting_value = ? WHERE setting_name = ?")
			.params(value, name)
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO site_setting (setting_name, setting_value) VALUES (?, ?)")
				.params(name, value)
				.update();
		}
	}

}
