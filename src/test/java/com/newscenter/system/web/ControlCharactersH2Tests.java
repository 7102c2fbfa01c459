package com.newscenter.system.web;

/**
 * Control characters dropped on H2.
 */
class ControlCharactersH2Tests extends ControlCharactersTests {

}
