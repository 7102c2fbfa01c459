package com.newscenter.audit.admin;

/**
 * An audit log entry as the back office shows it.
 *
 * @param time when, in the site's time zone
 * @param iso when, as ISO-8601 for the {@code <time>} element
 * @param actor who
 * @param action what
 * @param target which record
 * @param detail a short note, or empty
 */
public record AuditRow(String time, String iso, String actor, String action, String target, String detail) {
}
