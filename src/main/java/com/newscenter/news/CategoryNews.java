package com.newscenter.news;

import java.util.List;

/**
 * A home page section: the latest articles of one category.
 *
 * @param category the category
 * @param articles its latest articles
 */
public record CategoryNews(CategoryLink category, List<ArticleCard> articles) {
}
