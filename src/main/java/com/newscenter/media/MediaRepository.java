package com.newscenter.media;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the records of stored images.
 */
@Repository
class MediaRepository {

	private static final RowMapper<Media> MAPPER = (rs, row) -> new Media(rs.getLong("id"),
			rs.getString("storage_name"), rs.getString("original_name"), rs.getString("content_type"),
			rs.getInt("width"), rs.getInt("height"), rs.getLong("size_bytes"));

	private final JdbcClient jdbc;

	private final Clock clock;

	MediaRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Media> findById(long id) {
		return this.jdbc.sql("SELECT * FROM media WHERE id = ?").param(id).query(MAPPER).optional();
	}

	List<Media> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM media WHERE id IN (:ids)").param("ids", ids).query(MAPPER).list();
	}

	long insert(String storageName, String originalName, String contentType, int width, int height, long size) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO media (storage_name, original_name, content_type, width, height, size_bytes, created_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(storageName, originalName, contentType, width, height, size,
					OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

}
