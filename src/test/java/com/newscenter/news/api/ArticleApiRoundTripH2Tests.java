package com.newscenter.news.api;

/**
 * The article API round trip on the embedded H2 database.
 */
class ArticleApiRoundTripH2Tests extends ArticleApiRoundTripTests {

}
