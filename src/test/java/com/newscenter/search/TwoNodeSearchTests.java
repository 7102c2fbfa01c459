package com.newscenter.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import com.newscenter.account.Actor;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL database, each with a search index of its own: what one
 * node changes is soon searchable on the other, and a node that was stopped catches up on
 * what the other changed meanwhile, without a rebuild.
 */
class TwoNodeSearchTests {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	@TempDir
	Path folder;

	@Test
	void whatOneNodeChangesIsSearchableOnTheOther() throws InterruptedException {
		String url = Postgres.newDatabase();
		try (ConfigurableApplicationContext first = node(url, this.folder.resolve("first"));
				ConfigurableApplicationContext second = node(url, this.folder.resolve("second"))) {
			ArticleEditor editor = first.getBean(ArticleEditor.class);
			SearchService search = second.getBean(SearchService.class);

			Article article = editor.create(published("Railway viaduct opens"), Actor.SYSTEM);
			assertThat(awaitIds(() -> ids(search, "viaduct"), List.of(article.id()))).containsExactly(article.id());

			editor.update(article.id(), published("Railway tunnel opens"), Actor.SYSTEM);
			assertThat(awaitIds(() -> ids(search, "tunnel"), List.of(article.id()))).containsExactly(article.id());
			assertThat(ids(search, "viaduct")).isEmpty();

			editor.update(article.id(), draft("Railway tunnel opens"), Actor.SYSTEM);
			assertThat(awaitIds(() -> ids(search, "tunnel"), List.of())).as("unpublished").isEmpty();

			Article other = editor.create(published("Harbour crane delivered"), Actor.SYSTEM);
			assertThat(awaitIds(() -> ids(search, "crane"), List.of(other.id()))).containsExactly(other.id());
			editor.delete(other.id(), Actor.SYSTEM);
			assertThat(awaitIds(() -> ids(search, "crane"), List.of())).as("deleted").isEmpty();
		}
	}

	@Test
	void aNodeStartedAgainCatchesUpOnWhatTheOtherChangedWhileItWasDown() throws InterruptedException {
		String url = Postgres.newDatabase();
		Path secondIndex = this.folder.resolve("second");
		try (ConfigurableApplicationContext first = node(url, this.folder.resolve("first"))) {
			ArticleEditor editor = first.getBean(ArticleEditor.class);
			Article kept = editor.create(published("Bridge deck poured"), Actor.SYSTEM);
			Article changed = editor.create(published("Signal box rebuilt"), Actor.SYSTEM);
			Article removed = editor.create(published("Depot extended"), Actor.SYSTEM);
			try (ConfigurableApplicationContext second = node(url, secondIndex)) {
				SearchService search = second.getBean(SearchService.class);
				assertThat(awaitIds(() -> ids(search, "depot"), List.of(removed.id()))).containsExactly(removed.id());
				assertThat(ids(search, "signal")).containsExactly(changed.id());
			}

			editor.update(changed.id(), published("Signal box modernised"), Actor.SYSTEM);
			editor.delete(removed.id(), Actor.SYSTEM);
			Article added = editor.create(published("Viaduct finished"), Actor.SYSTEM);

			try (ConfigurableApplicationContext second = node(url, secondIndex)) {
				SearchService search = second.getBean(SearchService.class);
				assertThat(awaitIds(() -> ids(search, "viaduct"), List.of(added.id()))).containsExactly(added.id());
				assertThat(ids(search, "modernised")).containsExactly(changed.id());
				assertThat(ids(search, "depot")).isEmpty();
				assertThat(ids(search, "bridge")).containsExactly(kept.id());
				assertThat(search.rebuildStatus().startedAt()).as("caught up, not rebuilt").isNull();
			}
		}
	}

	@Test
	void anIndexThatFollowedTooLongAgoIsRebuiltAtStart() throws Exception {
		assertRebuiltAtStart(Instant.now().minus(IndexFollower.KEPT).minusSeconds(60));
	}

	@Test
	void anIndexThatNeverSavedHowFarItFollowedIsRebuiltAtStart() throws Exception {
		assertRebuiltAtStart(null);
	}

	/** Starts a node on an index that holds an article the database lacks. */
	private void assertRebuiltAtStart(Instant followed) throws Exception {
		String url = Postgres.newDatabase();
		Path index = this.folder.resolve("index");
		long id;
		try (ConfigurableApplicationContext node = node(url, index)) {
			id = node.getBean(ArticleEditor.class).create(published("Bridge deck poured"), Actor.SYSTEM).id();
		}
		try (LanguageAnalyzers analyzers = new LanguageAnalyzers(List.of("en", "zh"));
				LuceneIndex lucene = (followed != null) ? LuceneIndex.open(index, analyzers)
						: LuceneIndex.create(index, analyzers)) {
			Instant now = Instant.now();
			Article ghost = new Article(id + 1, "en", "Ghost station", "ghost-station", "", "<p>Ghost</p>", null,
					ArticleStatus.PUBLISHED, now, null, 0, id + 1, List.of(), now, now, null, null);
			lucene.writer()
				.updateDocument(ArticleDocuments.idTerm(id + 1),
						ArticleDocuments.of(ghost, analyzers.forLanguage("en")));
			lucene.changed(true);
			lucene.commit(followed);
		}
		try (ConfigurableApplicationContext node = node(url, index)) {
			SearchService search = node.getBean(SearchService.class);
			assertThat(awaitIds(() -> ids(search, "ghost"), List.of())).isEmpty();
			assertThat(ids(search, "bridge")).containsExactly(id);
			assertThat(search.rebuildStatus().startedAt()).isNotNull();
		}
	}

	private static ArticleInput published(String title) {
		return new ArticleInput("en", title, "<p>" + title + ".</p>", null, null, ArticleStatus.PUBLISHED, null, null,
				null);
	}

	private static ArticleInput draft(String title) {
		return new ArticleInput("en", title, "<p>" + title + ".</p>", null, null, ArticleStatus.DRAFT, null, null,
				null);
	}

	private static List<Long> ids(SearchService search, String word) {
		return search.search("en", word, 1, 10).items().stream().map(SearchHit::id).toList();
	}

	private static List<Long> awaitIds(Supplier<List<Long>> found, List<Long> expected) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		List<Long> ids = found.get();
		while (!ids.equals(expected) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			ids = found.get();
		}
		return ids;
	}

	private static ConfigurableApplicationContext node(String url, Path index) {
		return Postgres.node(url, "--newscenter.search.index-dir=" + index,
				"--newscenter.search.follow-interval=PT0.2S");
	}

}
