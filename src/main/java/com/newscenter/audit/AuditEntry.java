package com.newscenter.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param at when
 * @param actor who
 * @param action what
 * @param target which record
 * @param detail a short note, or {@code null}
 */
public record AuditEntry(Instant at, String actor, String action, String target, String detail) {
}
