package com.newscenter.news;

import java.util.EnumSet;
import java.util.Set;

import com.newscenter.account.Actor;
import com.newscenter.system.web.ForbiddenException;

/**
 * Who may do what with articles: authors write and submit their own drafts and read only
 * their own and what is published; editors and administrators do everything.
 */
final class ArticlePermissions {

	/** The statuses an author may give an article and may still change it in. */
	static final Set<ArticleStatus> AUTHOR_STATUSES = EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.REVIEW);

	private ArticlePermissions() {
	}

	/**
	 * Tells whether a staff member may see an article in the back office or the API:
	 * another author's unpublished text is theirs until an editor publishes it.
	 */
	static boolean mayRead(Actor actor, Article article) {
		return actor.isEditor() || actor.owns(article.authorId()) || article.isPublished();
	}

	/**
	 * Tells whether a staff member may see an article's revisions, which keep texts that
	 * were never published.
	 */
	static boolean mayReadHistory(Actor actor, Article article) {
		return actor.isEditor() || actor.owns(article.authorId());
	}

	static void checkCreate(Actor actor, ArticleStatus status) {
		if (!actor.isEditor() && !AUTHOR_STATUSES.contains(status)) {
			throw new ForbiddenException("Authors may only save drafts and submit them for review");
		}
	}

	static void checkUpdate(Actor actor, Article current, ArticleStatus wanted) {
		if (actor.isEditor()) {
			return;
		}
		if (!actor.owns(current.authorId())) {
			throw new ForbiddenException("Authors may only change their own articles");
		}
		if (!AUTHOR_STATUSES.contains(current.status())) {
			throw new ForbiddenException("This article is past review; ask an editor to change it");
		}
		if (!AUTHOR_STATUSES.contains(wanted)) {
			throw new ForbiddenException("Authors may only save drafts and submit them for review");
		}
	}

	static void checkDelete(Actor actor, Article current) {
		if (actor.isEditor()) {
			return;
		}
		if (!actor.owns(current.authorId()) || current.status() != ArticleStatus.DRAFT) {
			throw new ForbiddenException("Authors may only delete their own drafts");
		}
	}

}
