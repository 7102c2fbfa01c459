package com.newscenter.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import com.newscenter.news.Article;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild recreates the index from the published articles: when its folder was deleted,
 * at start when it is missing, and on request, with progress to follow.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchRebuildTests {

	@Autowired
	SearchService search;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	NewsCenterProperties properties;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void aDeletedIndexIsRebuiltWhenFoundMissing() throws Exception {
		Article railway = this.content.article("en").title("Railway opens").create();
		Article signal = this.content.article("zh").title("通信信号升级").create();
		Path folder = this.properties.searchIndexDir();
		assertThat(Files.list(folder)).isNotEmpty();

		FileSystemUtils.deleteRecursively(folder);

		assertThat(this.search.indexedArticles()).isZero();
		assertThat(this.indexer.rebuildIfMissing()).isTrue();
		RebuildStatus status = awaitRebuild();
		assertThat(status.error()).isNull();
		assertThat(status.done()).isEqualTo(2);
		assertThat(status.percent()).isEqualTo(100);
		assertThat(Files.list(folder).map((p) -> p.getFileName().toString())).anyMatch((n) -> n.startsWith("segments"));
		assertThat(this.search.indexedArticles()).isEqualTo(2);
		assertThat(ids("en", "railways")).containsExactly(railway.id());
		assertThat(ids("zh", "信号")).containsExactly(signal.id());
	}

	@Test
	void aCompleteIndexIsLeftAlone() {
		this.content.article("en").title("Railway opens").create();

		assertThat(this.indexer.rebuildIfMissing()).isFalse();
	}

	@Test
	void aRebuildReportsProgressAndKeepsLaterChanges() {
		List<Article> articles = IntStream.range(0, 1_200)
			.mapToObj((i) -> this.content.article((i % 2 == 0) ? "en" : "zh").title("Railway " + i + " 铁路").create())
			.toList();

		RebuildStatus started = this.search.startRebuild();
		Article later = this.content.article("en").title("Railway later").create();
		RebuildStatus finished = awaitRebuild();

		assertThat(started.total()).isEqualTo(1_200);
		assertThat(finished.done()).isGreaterThanOrEqualTo(1_200);
		assertThat(finished.took()).isNotNull();
		assertThat(this.search.indexedArticles()).isEqualTo(1_201);
		assertThat(this.search.search("en", "railway", 1, 10).total()).isEqualTo(601);
		assertThat(this.search.search("zh", "铁路", 1, 10).total()).isEqualTo(600);
		assertThat(ids("en", "later")).containsExactly(later.id());
		assertThat(articles).hasSize(1_200);
	}

	private RebuildStatus awaitRebuild() {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (this.search.rebuildStatus().running() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		RebuildStatus status = this.search.rebuildStatus();
		assertThat(status.running()).as("still rebuilding after 60 s").isFalse();
		return status;
	}

	private List<Long> ids(String lang, String query) {
		return this.search.search(lang, query, 1, 10).items().stream().map(SearchHit::id).toList();
	}

}
