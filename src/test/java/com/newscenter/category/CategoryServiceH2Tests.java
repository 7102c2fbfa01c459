package com.newscenter.category;

/**
 * The category rules on the embedded H2 database.
 */
class CategoryServiceH2Tests extends CategoryServiceTests {

}
