package com.newscenter.news.api;

import java.util.List;

/**
 * A page of articles in the JSON API.
 *
 * @param items the articles
 * @param page the page number, from 1
 * @param size the page size
 * @param total the number of articles on all pages
 */
public record ArticleListJson(List<ArticleJson> items, int page, int size, long total) {
}
