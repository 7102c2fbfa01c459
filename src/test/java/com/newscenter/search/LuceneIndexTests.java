package com.newscenter.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.newscenter.news.Article;
import com.newscenter.news.ArticleStatus;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index that was not saved before the site stopped says so when opened again, until a
 * rebuild saves it whole; an unreadable one is replaced by an empty one. Each save keeps
 * how far the index has followed the changes made on other nodes.
 */
class LuceneIndexTests {

	@TempDir
	Path folder;

	LanguageAnalyzers analyzers;

	@BeforeEach
	void analyzers() {
		this.analyzers = new LanguageAnalyzers(List.of("en", "zh"));
	}

	@AfterEach
	void close() {
		this.analyzers.close();
	}

	@Test
	void changesNotSavedBeforeAStopAreNoticedOnTheNextStart() throws Exception {
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			add(index, 1);
			index.commit(null);
			add(index, 2); // the site dies before the next save
		}
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			assertThat(index.missedChanges()).isTrue();
			assertThat(count(index)).isEqualTo(1);
			add(index, 3);
			index.commit(null);
		}
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			assertThat(index.missedChanges()).as("still stale: not rebuilt yet").isTrue();
			index.writer().deleteAll();
			add(index, 1);
			index.commitRebuilt(null);
		}
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			assertThat(index.missedChanges()).isFalse();
			assertThat(count(index)).isEqualTo(1);
		}
	}

	@Test
	void savedChangesLeaveNoMark() throws Exception {
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			add(index, 1);
			index.commit(null);
		}
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			assertThat(index.missedChanges()).isFalse();
			assertThat(index.isMissingOnDisk()).isFalse();
			assertThat(count(index)).isEqualTo(1);
		}
	}

	@Test
	void anUnreadableIndexIsReplacedByAnEmptyOne() throws Exception {
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			add(index, 1);
			index.commit(null);
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("segments")).toList()) {
				Files.writeString(file, "not an index");
			}
		}
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			assertThat(count(index)).isZero();
		}
	}

	@Test
	void howFarTheIndexFollowedOtherNodesIsSavedWithIt() throws Exception {
		Instant followed = Instant.parse("2026-11-20T08:00:00Z");
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			assertThat(index.followed()).isEmpty();
			add(index, 1);
			index.commit(followed);
		}
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			assertThat(index.followed()).contains(followed);
			add(index, 2);
			index.commit(null);
		}
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			assertThat(index.followed()).as("kept by a save that knows no newer time").contains(followed);
			assertThat(count(index)).isEqualTo(2);
		}
	}

	@Test
	void anIdleIndexSavesHowFarItFollowedOnlyOnceThatHasAged() throws Exception {
		Instant followed = Instant.parse("2026-11-20T08:00:00Z");
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			add(index, 1);
			index.commit(followed);
			index.commit(followed.plusSeconds(60)); // nothing changed: no disk write yet
		}
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			assertThat(index.followed()).contains(followed);
			index.commit(followed.plusSeconds(600));
		}
		try (LuceneIndex index = LuceneIndex.open(this.folder, this.analyzers)) {
			assertThat(index.followed()).contains(followed.plusSeconds(600));
			assertThat(index.missedChanges()).isFalse();
		}
	}

	private static void add(LuceneIndex index, long id) throws Exception {
		Instant now = Instant.now();
		Article article = new Article(id, "en", "Railway " + id, "railway", "", "<p>Body</p>", null,
				ArticleStatus.PUBLISHED, now, null, 0, id, List.of(), now, now, null, null);
		index.writer()
			.updateDocument(ArticleDocuments.idTerm(id), ArticleDocuments.of(article, new StandardAnalyzer()));
		index.changed(true);
	}

	private static int count(LuceneIndex index) throws Exception {
		return index.withSearcher((searcher) -> searcher.getIndexReader().numDocs());
	}

}
