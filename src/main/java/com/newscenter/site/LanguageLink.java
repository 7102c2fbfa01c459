package com.newscenter.site;

/**
 * A link of the language switcher.
 *
 * @param code the language code
 * @param label the language's own name for itself
 * @param url where the same page is in that language
 * @param current whether it is the page's language
 */
public record LanguageLink(String code, String label, String url, boolean current) {
}
