package com.newscenter.news;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import com.newscenter.account.AccountService;
import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.account.User;
import com.newscenter.support.MutableClock;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import com.newscenter.system.web.ForbiddenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Who may do what with articles (role × action), the status transitions, and scheduling
 * on a test clock.
 */
@SpringBootTest(properties = "newscenter.publishing.check-interval=PT0.2S")
class ArticleRulesTests {

	@Autowired
	ArticleEditor editor;

	@Autowired
	ArticleService articles;

	@Autowired
	AccountService accounts;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "ADMIN, create-draft, allowed", "EDITOR, create-draft, allowed", "AUTHOR, create-draft, allowed",
			"AUTHOR, create-review, allowed", "AUTHOR, create-published, forbidden",
			"AUTHOR, create-scheduled, forbidden", "EDITOR, create-published, allowed",
			"EDITOR, create-scheduled, allowed", "AUTHOR, edit-own-draft, allowed", "AUTHOR, submit-own-draft, allowed",
			"AUTHOR, publish-own-draft, forbidden", "AUTHOR, edit-others-draft, forbidden",
			"AUTHOR, edit-own-published, forbidden", "EDITOR, edit-others-draft, allowed",
			"EDITOR, publish-others-review, allowed", "ADMIN, publish-others-review, allowed",
			"EDITOR, unpublish-published, allowed", "AUTHOR, unpublish-published, forbidden",
			"AUTHOR, delete-own-draft, allowed", "AUTHOR, delete-others-draft, forbidden",
			"AUTHOR, delete-own-review, forbidden", "EDITOR, delete-others-published, allowed",
			"AUTHOR, restore-others-draft, forbidden", "EDITOR, restore-others-draft, allowed" })
	void rolesAllowExactlyWhatTheContractSays(Role role, String action, String outcome) {
		Actor actor = actor(role, "actor");
		Actor other = actor(Role.AUTHOR, "other");
		Consumer<Actor> attempt = switch (action) {
			case "create-draft" -> (a) -> this.content.article("en").status(ArticleStatus.DRAFT).by(a).create();
			case "create-review" -> (a) -> this.content.article("en").status(ArticleStatus.REVIEW).by(a).create();
			case "create-published" -> (a) -> this.content.article("en").by(a).create();
			case "create-scheduled" -> (a) -> this.content.article("en")
				.status(ArticleStatus.SCHEDULED)
				.publishAt(this.clock.instant().plus(Duration.ofDays(1)))
				.by(a)
				.create();
			case "edit-own-draft" -> (a) -> retitle(draftBy(a), a);
			case "submit-own-draft" -> (a) -> setStatus(draftBy(a), ArticleStatus.REVIEW, a);
			case "publish-own-draft" -> (a) -> setStatus(draftBy(a), ArticleStatus.PUBLISHED, a);
			case "edit-others-draft" -> (a) -> retitle(draftBy(other), a);
			case "edit-own-published" -> (a) -> retitle(publishedBy(a), a);
			case "publish-others-review" ->
				(a) -> setStatus(this.content.article("en").status(ArticleStatus.REVIEW).by(other).create(),
						ArticleStatus.PUBLISHED, a);
			case "unpublish-published" -> (a) -> setStatus(publishedBy(other), ArticleStatus.UNPUBLISHED, a);
			case "delete-own-draft" -> (a) -> this.editor.delete(draftBy(a).id(), a);
			case "delete-others-draft" -> (a) -> this.editor.delete(draftBy(other).id(), a);
			case "delete-own-review" -> (a) -> this.editor
				.delete(this.content.article("en").status(ArticleStatus.REVIEW).by(a).create().id(), a);
			case "delete-others-published" -> (a) -> this.editor.delete(publishedBy(other).id(), a);
			case "restore-others-draft" -> (a) -> this.editor.restore(draftBy(other).id(), 1, a);
			case "restore-own-draft" -> (a) -> this.editor.restore(draftBy(a).id(), 1, a);
			default -> throw new IllegalArgumentException(action);
		};
		if ("allowed".equals(outcome)) {
			assertThatNoException().isThrownBy(() -> attempt.accept(actor));
		}
		else {
			assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> attempt.accept(actor));
		}
	}

	@Test
	void onlyEditorsNameAnotherAuthor() {
		Actor editor = actor(Role.EDITOR, "ed");
		Actor author = actor(Role.AUTHOR, "au");
		ArticleInput draft = new ArticleInput("en", "On behalf", "<p>Body</p>", "", List.of(), ArticleStatus.DRAFT,
				null, null, null);

		assertThat(this.editor.create(draft, editor, author.userId()).authorId()).isEqualTo(author.userId());
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.editor.create(draft, author, editor.userId()));
		assertThat(this.editor.create(draft, author, author.userId()).authorId()).isEqualTo(author.userId());
	}

	@Test
	void statusesMoveFromDraftThroughReviewToPublishedAndOff() {
		Actor editor = actor(Role.EDITOR, "ed");
		Article article = this.content.article("en").status(ArticleStatus.DRAFT).by(editor).create();
		assertThat(setStatus(article, ArticleStatus.REVIEW, editor).status()).isEqualTo(ArticleStatus.REVIEW);
		Article published = setStatus(article, ArticleStatus.PUBLISHED, editor);
		assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(setStatus(article, ArticleStatus.UNPUBLISHED, editor).status()).isEqualTo(ArticleStatus.UNPUBLISHED);
		assertThat(this.articles.published("en", null, 1, 10).items()).isEmpty();
		Article again = setStatus(article, ArticleStatus.PUBLISHED, editor);
		assertThat(again.publishedAt()).isEqualTo(published.publishedAt());
	}

	@Test
	void schedulingNeedsATimeAndTurnsPastTimesIntoPublishing() {
		Actor editor = actor(Role.EDITOR, "ed");
		assertThatExceptionOfType(com.newscenter.system.web.BadRequestException.class).isThrownBy(() -> this.editor
			.create(new ArticleInput("en", "T", "<p>b</p>", null, null, ArticleStatus.SCHEDULED, null, null, null),
					editor));
		Article past = this.content.article("en")
			.status(ArticleStatus.SCHEDULED)
			.publishAt(this.clock.instant().minusSeconds(60))
			.by(editor)
			.create();
		assertThat(past.status()).isEqualTo(ArticleStatus.PUBLISHED);
	}

	@Test
	void scheduledArticleAppearsOnTimeWithoutAnyVisitor() throws InterruptedException {
		Instant at = this.clock.instant().plus(Duration.ofHours(3));
		Article scheduled = this.content.article("en").status(ArticleStatus.SCHEDULED).publishAt(at).create();
		this.editor.publishDue();
		assertThat(this.articles.find(scheduled.id()).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);

		this.clock.advance(Duration.ofHours(3));
		long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		while (this.articles.published("en", null, 1, 10).items().isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}

		assertThat(this.articles.published("en", null, 1, 10).items()).extracting(ArticleSummary::id)
			.containsExactly(scheduled.id());
		assertThat(this.articles.find(scheduled.id()).orElseThrow().publishedAt())
			.isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
	}

	@Test
	void everySaveKeepsARevisionAndRestoreAddsOne() {
		Actor editor = actor(Role.EDITOR, "ed");
		Article article = this.content.article("en").title("One").by(editor).create();
		retitle(article, editor);
		assertThat(this.editor.revisions(article.id(), Actor.SYSTEM)).extracting(Revision::title)
			.containsExactly("Changed", "One");

		Article restored = this.editor.restore(article.id(), 1, editor);

		assertThat(restored.title()).isEqualTo("One");
		assertThat(this.editor.revisions(article.id(), Actor.SYSTEM)).extracting(Revision::revision)
			.containsExactly(3, 2, 1);
		assertThat(this.editor.revisions(article.id(), Actor.SYSTEM).get(0).editor()).isEqualTo(editor.username());
	}

	private Article draftBy(Actor author) {
		return this.content.article("en").status(ArticleStatus.DRAFT).by(author).create();
	}

	private Article publishedBy(Actor author) {
		return this.content.article("en").by(Actor.SYSTEM).create();
	}

	private Article retitle(Article article, Actor actor) {
		return this.editor.update(article.id(),
				new ArticleInput(null, "Changed", null, null, null, null, null, null, null), actor);
	}

	private Article setStatus(Article article, ArticleStatus status, Actor actor) {
		return this.editor.update(article.id(), ArticleInput.status(status), actor);
	}

	private Actor actor(Role role, String prefix) {
		String name = prefix + "-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + System.nanoTime();
		User user = this.accounts.create(name, "password-1234", role);
		return new Actor(user.id(), user.username(), user.role());
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now());
		}

	}

}
