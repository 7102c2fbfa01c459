package com.newscenter.migration.wordpress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the progress and reports of the imports started from the back office in the
 * database, where every node finds them.
 */
@Repository
class ImportJobRepository {

	private final JdbcClient jdbc;

	ImportJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String id, String startedBy, Instant at, int postsTotal) {
		this.jdbc.sql("""
				INSERT INTO import_job (id, started_by, started_at, updated_at, state, posts_total, posts_done)
				VALUES (?, ?, ?, ?, 'RUNNING', ?, 0)""")
			.params(id, startedBy, SqlTimes.toDb(at), SqlTimes.toDb(at), postsTotal)
			.update();
	}

	void progress(String id, int postsDone, Instant at) {
		this.jdbc.sql("UPDATE import_job SET posts_done = ?, updated_at = ? WHERE id = ? AND state = 'RUNNING'")
			.params(postsDone, SqlTimes.toDb(at), id)
			.update();
	}

	void finish(String id, ImportJob.State state, int postsDone, String report, Instant at) {
		this.jdbc.sql("UPDATE import_job SET state = ?, posts_done = ?, report = ?, updated_at = ? WHERE id = ?")
			.params(state.name(), postsDone, report, SqlTimes.toDb(at), id)
			.update();
	}

	Optional<Row> find(String id) {
		return this.jdbc.sql("SELECT * FROM import_job WHERE id = ?")
			.param(id)
			.query(ImportJobRepository::row)
			.optional();
	}

	List<Row> recent(int limit) {
		return this.jdbc.sql("SELECT * FROM import_job ORDER BY started_at DESC, id FETCH FIRST ? ROWS ONLY")
			.param(limit)
			.query(ImportJobRepository::row)
			.list();
	}

	void forgetStartedBefore(Instant at) {
		this.jdbc.sql("DELETE FROM import_job WHERE started_at < ?").param(SqlTimes.toDb(at)).update();
	}

	private static Row row(ResultSet rs, int rowNumber) throws SQLException {
		return new Row(rs.getString("id"), rs.getString("started_by"), SqlTimes.fromDb(rs, "started_at"),
				SqlTimes.fromDb(rs, "updated_at"), ImportJob.State.valueOf(rs.getString("state")),
				rs.getInt("posts_total"), rs.getInt("posts_done"), rs.getString("report"));
	}

	/**
	 * An import as stored, its report as JSON.
	 *
	 * @param id its id
	 * @param startedBy who started it
	 * @param startedAt when
	 * @param updatedAt when its progress was last written
	 * @param state its state as last written
	 * @param postsTotal the posts of its export
	 * @param postsDone the posts it went through
	 * @param report its report as JSON, or {@code null}
	 */
	record Row(String id, String startedBy, Instant startedAt, Instant updatedAt, ImportJob.State state, int postsTotal,
			int postsDone, String report) {
	}

}
