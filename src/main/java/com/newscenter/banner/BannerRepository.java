package com.newscenter.banner;

import java.time.Instant;
import java.util.List;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes banners.
 */
@Repository
class BannerRepository {

	private static final RowMapper<Banner> MAPPER = (rs, row) -> new Banner(rs.getLong("id"), rs.getString("language"),
			rs.getString("title"), rs.getString("link"), rs.getLong("image_media_id"), rs.getInt("position"),
			SqlTimes.fromDb(rs, "show_from"), SqlTimes.fromDb(rs, "show_until"), rs.getBoolean("enabled"));

	private final JdbcClient jdbc;

	BannerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Banner> findAll() {
		return this.jdbc.sql("SELECT * FROM banner ORDER BY position, id").query(MAPPER).list();
	}

	long insert(Banner banner, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO banner (language, title, link, image_media_id, position, show_from, show_until,"
					+ " enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(banner.language(), banner.title(), banner.link(), banner.imageMediaId(), banner.position(),
					SqlTimes.toDb(banner.showFrom()), SqlTimes.toDb(banner.showUntil()), banner.enabled(),
					SqlTimes.toDb(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	int deleteByImage(long mediaId) {
		return this.jdbc.sql("DELETE FROM banner WHERE image_media_id = ?").param(mediaId).update();
	}

	void update(Banner banner) {
		this.jdbc
			.sql("UPDATE banner SET language = ?, title = ?, link = ?, image_media_id = ?, position = ?,"
					+ " show_from = ?, show_until = ?, enabled = ? WHERE id = ?")
			.params(banner.language(), banner.title(), banner.link(), banner.imageMediaId(), banner.position(),
					SqlTimes.toDb(banner.showFrom()), SqlTimes.toDb(banner.showUntil()), banner.enabled(), banner.id())
			.update();
	}

	void updatePosition(long id, int position) {
		this.jdbc.sql("UPDATE banner SET position = ? WHERE id = ?").params(position, id).update();
	}

	boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM banner WHERE id = ?").param(id).update() > 0;
	}

}
