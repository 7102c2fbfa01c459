package com.newscenter.account;

/**
 * Users and API tokens on the embedded H2 database.
 */
class AccountServiceH2Tests extends AccountServiceTests {

}
