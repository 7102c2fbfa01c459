package com.newscenter.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the records of stored images and their variants.
 */
@Repository
class MediaRepository {

	private static final RowMapper<Media> ROW = (rs, n) -> new Media(rs.getLong("id"), rs.getString("storage_name"),
			rs.getString("original_name"), rs.getString("content_type"), rs.getInt("width"), rs.getInt("height"),
			rs.getLong("size_bytes"), SqlTimes.fromDb(rs, "created_at"), List.of());

	private static final String SEARCH = " WHERE LOWER(original_name) LIKE ? ESCAPE '!'";

	private final JdbcClient jdbc;

	MediaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Media> findById(long id) {
		return findAllById(List.of(id)).stream().findFirst();
	}

	List<Media> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return withVariants(
				this.jdbc.sql("SELECT * FROM media WHERE id IN (:ids)").param("ids", ids).query(ROW).list());
	}

	/**
	 * Returns a page of images whose original name contains a text, newest first.
	 */
	List<Media> search(String text, int offset, int limit) {
		return withVariants(this.jdbc
			.sql("SELECT * FROM media" + SEARCH + " ORDER BY created_at DESC, id DESC" + " LIMIT ? OFFSET ?")
			.params(pattern(text), limit, offset)
			.query(ROW)
			.list());
	}

	long count(String text) {
		return this.jdbc.sql("SELECT COUNT(*) FROM media" + SEARCH).param(pattern(text)).query(Long.class).single();
	}

	long insert(String storageName, String originalName, String contentType, int width, int height, long size,
			Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO media (storage_name, original_name, content_type, width, height, size_bytes, created_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(storageName, originalName, contentType, width, height, size, SqlTimes.toDb(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void insertVariant(long mediaId, MediaVariant variant) {
		this.jdbc
			.sql("INSERT INTO media_variant (media_id, width, height, storage_name, size_bytes) VALUES (?, ?, ?, ?, ?)")
			.params(mediaId, variant.width(), variant.height(), variant.storageName(), variant.sizeBytes())
			.update();
	}

	/**
	 * Deletes an image's record; its variants' records go with it.
	 */
	boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM media WHERE id = ?").param(id).update() > 0;
	}

	private List<Media> withVariants(List<Media> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<MediaVariant>> variants = new HashMap<>();
		this.jdbc.sql("SELECT * FROM media_variant WHERE media_id IN (:ids)")
			.param("ids", rows.stream().map(Media::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong("media_id"),
					new MediaVariant(rs.getInt("width"), rs.getInt("height"), rs.getString("storage_name"),
							rs.getLong("size_bytes"))))
			.list()
			.forEach((e) -> variants.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return rows.stream()
			.map((m) -> new Media(m.id(), m.storageName(), m.originalName(), m.contentType(), m.width(), m.height(),
					m.sizeBytes(), m.createdAt(), variants.getOrDefault(m.id(), List.of())))
			.toList();
	}

	private static String pattern(String text) {
		String plain = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		return "%" + plain.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

}
