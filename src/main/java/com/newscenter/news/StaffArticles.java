package com.newscenter.news;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.newscenter.account.Actor;
import com.newscenter.system.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Reads articles as one staff member may see them in the back office and the API: editors
 * everything, an author their own and what is published, never another author's
 * unpublished text ({@link ArticlePermissions}).
 */
@Service
public class StaffArticles {

	private final ArticleService articles;

	StaffArticles(ArticleService articles) {
		this.articles = articles;
	}

	/**
	 * Returns an article a staff member may see, or fails with {@link NotFoundException}
	 * (another author's draft is not theirs to know of).
	 * @param id the article
	 * @param actor who reads
	 * @return the article
	 */
	public Article find(long id, Actor actor) {
		return this.articles.find(id)
			.filter((article) -> ArticlePermissions.mayRead(actor, article))
			.orElseThrow(() -> new NotFoundException("error.articleNotFound", id));
	}

	/**
	 * Returns an article's translations that a staff member may read, by language.
	 * @param article the article
	 * @param actor who reads
	 * @return the readable articles of its translation group, itself included
	 */
	public Map<String, Long> translations(Article article, Actor actor) {
		Map<String, Long> readable = new LinkedHashMap<>();
		this.articles.translations(article, false).forEach((language, id) -> {
			if (readable(id, actor)) {
				readable.put(language, id);
			}
		});
		return readable;
	}

	/**
	 * Tells whether a staff member may see an article's revisions.
	 * @param article the article
	 * @param actor who reads
	 * @return whether they are its author or an editor
	 */
	public boolean mayReadHistory(Article article, Actor actor) {
		return ArticlePermissions.mayReadHistory(actor, article);
	}

	/**
	 * Returns the articles last changed with a status that a staff member may read, most
	 * recently changed first: an author's dashboard lists their own.
	 * @param status the status
	 * @param limit how many at most
	 * @param actor who reads
	 * @return the articles
	 */
	public List<ArticleSummary> withStatus(ArticleStatus status, int limit, Actor actor) {
		if (actor.isEditor()) {
			return this.articles.withStatus(status, limit);
		}
		return this.articles
			.filtered(new ArticleFilter(status, null, null, null, null, null, null).readableBy(actor), 1, limit)
			.items();
	}

	/**
	 * Returns the articles using an image that a staff member may read.
	 * @param mediaId the image
	 * @param fileStem the image's stored file name without extension
	 * @param actor who reads
	 * @return the articles
	 */
	public List<ArticleSummary> usingImage(long mediaId, String fileStem, Actor actor) {
		List<ArticleSummary> using = this.articles.usingImage(mediaId, fileStem);
		if (actor.isEditor()) {
			return using;
		}
		return using.stream().filter((summary) -> readable(summary.id(), actor)).toList();
	}

	private boolean readable(long id, Actor actor) {
		return this.articles.find(id).filter((article) -> ArticlePermissions.mayRead(actor, article)).isPresent();
	}

}
