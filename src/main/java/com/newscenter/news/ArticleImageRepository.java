package com.newscenter.news;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the articles that use an image and takes it away from them, for the media
 * library.
 */
@Repository
class ArticleImageRepository {

	private final JdbcClient jdbc;

	ArticleImageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> idsUsingImage(long mediaId, String fileStem) {
		return this.jdbc
			.sql("SELECT id FROM article WHERE cover_media_id = ? OR body LIKE ? ORDER BY updated_at DESC, id DESC")
			.params(mediaId, "%/media/" + fileStem + "%")
			.query(Long.class)
			.list();
	}

	List<Long> clearCover(long mediaId) {
		List<Long> ids = this.jdbc.sql("SELECT id FROM article WHERE cover_media_id = ?")
			.param(mediaId)
			.query(Long.class)
			.list();
		this.jdbc.sql("UPDATE article SET cover_media_id = NULL WHERE cover_media_id = ?").param(mediaId).update();
		return ids;
	}

}
