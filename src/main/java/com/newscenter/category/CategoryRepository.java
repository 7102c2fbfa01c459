package com.newscenter.category;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes categories and their names.
 */
@Repository
class CategoryRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	CategoryRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Category> findAll() {
		Map<Long, Map<String, String>> names = new HashMap<>();
		this.jdbc.sql("SELECT category_id, language, name FROM category_name").query((rs) -> {
			names.computeIfAbsent(rs.getLong(1), (id) -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
		});
		List<Category> categories = new ArrayList<>();
		this.jdbc.sql("SELECT id, slug, parent_id, position FROM category ORDER BY position, slug").query((rs) -> {
			long id = rs.getLong(1);
			Long parent = rs.getObject(3, Long.class);
			categories.add(new Category(id, rs.getString(2), parent, rs.getInt(4), names.getOrDefault(id, Map.of())));
		});
		return categories;
	}

	long insert(String slug, Long parentId, int position, Map<String, String> names) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO category (slug, parent_id, position, created_at) VALUES (?, ?, ?, ?)")
			.params(slug, parentId, position, OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		replaceNames(id, names);
		return id;
	}

	int maxPosition(Long parentId) {
		if (parentId == null) {
			return this.jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM category WHERE parent_id IS NULL")
				.query(Integer.class)
				.single();
		}
		return this.jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM category WHERE parent_id = ?")
			.param(parentId)
			.query(Integer.class)
			.single();
	}

	void replaceNames(long id, Map<String, String> names) {
		this.jdbc.sql("DELETE FROM category_name WHERE category_id = ?").param(id).update();
		names.forEach((language, name) -> this.jdbc
			.sql("INSERT INTO category_name (category_id, language, name) VALUES (?, ?, ?)")
			.params(id, language, name)
			.update());
	}

	void updateParent(long id, Long parentId, int position) {
		this.jdbc.sql("UPDATE category SET parent_id = ?, position = ? WHERE id = ?")
			.params(parentId, position, id)
			.update();
	}

	void updatePosition(long id, int position) {
		this.jdbc.sql("UPDATE category SET position = ? WHERE id = ?").params(position, id).update();
	}

	void delete(long id) {
		this.jdbc.sql("DELETE FROM category WHERE id = ?").param(id).update();
	}

}
