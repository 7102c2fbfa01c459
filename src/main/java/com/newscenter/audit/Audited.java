package com.newscenter.audit;

import com.newscenter.account.Actor;

/**
 * Published by every service that writes, inside its transaction, so the audit log
 * records who changed what together with the change itself.
 *
 * @param actor who did it
 * @param action what they did, such as {@code article.update}
 * @param target which record, such as {@code article:12}
 * @param detail a short human-readable note, or {@code null}
 */
public record Audited(Actor actor, String action, String target, String detail) {

	/**
	 * Whether the write may change what public pages show: everything but accounts and
	 * their tokens, and backups, which only read.
	 * @return {@code false} for {@code user.*}, {@code account.*}, {@code token.*} and
	 * {@code backup.*}
	 */
	public boolean concernsPublicPages() {
		return !(this.action.startsWith("user.") || this.action.startsWith("account.")
				|| this.action.startsWith("token.") || this.action.startsWith("backup."));
	}

}
