package com.newscenter.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.newscenter.news.Article;
import com.newscenter.support.TestContent;
import com.newscenter.system.SqlTimes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The journal other nodes follow holds every committed article change, none that was
 * rolled back, and forgets changes after a week.
 */
@SpringBootTest
class SearchJournalTests {

	@Autowired
	TestContent content;

	@Autowired
	IndexFollower follower;

	@Autowired
	SearchJournal journal;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyCommittedChangeIsJournalled() {
		Article article = this.content.article("en").title("Journalled").create();

		assertThat(journalled(article.id())).isOne();
	}

	@Test
	void aChangeRolledBackLeavesNoTrace() {
		long[] id = new long[1];
		assertThatIllegalStateException().isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			id[0] = this.content.article("en").title("Never saved").create().id();
			throw new IllegalStateException("rolled back");
		}));

		assertThat(journalled(id[0])).isZero();
	}

	@Test
	void changesOlderThanTheJournalKeepsAreForgotten() {
		Instant now = this.journal.now();
		Instant old = now.minus(IndexFollower.KEPT).minus(Duration.ofMinutes(5));
		Instant recent = now.minus(IndexFollower.KEPT).plus(Duration.ofMinutes(5));
		for (Instant at : List.of(old, recent)) {
			this.jdbc.sql("INSERT INTO search_journal (article_id, node_id, changed_at) VALUES (?, 'elsewhere', ?)")
				.params(-1L, SqlTimes.toDb(at))
				.update();
		}

		this.follower.forgetOldChanges();

		assertThat(this.jdbc.sql("SELECT changed_at FROM search_journal WHERE article_id = -1")
			.query((rs, row) -> SqlTimes.fromDb(rs, "changed_at"))
			.list()).containsExactly(SqlTimes.toDb(recent).toInstant());
	}

	private long journalled(long articleId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM search_journal WHERE article_id = ?")
			.param(articleId)
			.query(Long.class)
			.single();
	}

}
