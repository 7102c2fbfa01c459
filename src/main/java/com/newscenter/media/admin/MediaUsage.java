package com.newscenter.media.admin;

import java.util.List;

import com.newscenter.banner.Banner;
import com.newscenter.news.ArticleSummary;

/**
 * Where an image is used: articles that have it as cover or show it in their text, and
 * banners that show it.
 *
 * @param articles the articles
 * @param banners the banners
 */
record MediaUsage(List<ArticleSummary> articles, List<Banner> banners) {

	boolean inUse() {
		return !this.articles.isEmpty() || !this.banners.isEmpty();
	}

}
