package com.newscenter.news;

/**
 * The article rules on the embedded H2 database.
 */
class ArticleServiceH2Tests extends ArticleServiceTests {

}
