package com.newscenter.analytics;

/**
 * Concurrent views counted exactly on the embedded H2 database.
 */
class ViewConcurrencyH2Tests extends ViewConcurrencyTests {

}
