package com.newscenter.news;

import java.util.List;

/**
 * Everything the article page shows.
 *
 * @param id the article
 * @param title the headline
 * @param summary the short text, also the meta description
 * @param body the sanitised HTML body
 * @param date the time of issue as a reader sees it
 * @param datetime the time of issue in ISO-8601
 * @param views the view count, this view included
 * @param cover the cover image, or {@code null}
 * @param categories the categories it is filed under
 * @param canonicalUrl the absolute canonical URL
 * @param qrSvg the QR code of the canonical URL, as inline SVG
 * @param newer the next newer article, or {@code null}
 * @param older the next older article, or {@code null}
 * @param related related articles
 */
public record ArticlePage(long id, String title, String summary, String body, String date, String datetime, long views,
		ImageView cover, List<CategoryLink> categories, String canonicalUrl, String qrSvg, ArticleCard newer,
		ArticleCard older, List<ArticleCard> related) {

	/**
	 * Returns the same page showing another view count.
	 * @param count the count to show
	 * @return the page
	 */
	public ArticlePage withViews(long count) {
		return new ArticlePage(this.id, this.title, this.summary, this.body, this.date, this.datetime, count,
				this.cover, this.categories, this.canonicalUrl, this.qrSvg, this.newer, this.older, this.related);
	}

}
