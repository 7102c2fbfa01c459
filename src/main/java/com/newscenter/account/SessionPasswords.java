package com.newscenter.account;

import jakarta.servlet.http.HttpSession;

import com.newscenter.system.Sha256;

/**
 * Remembers in a back-office session which password it was signed in with, so a changed
 * or reset password ends every other session of that user.
 */
public final class SessionPasswords {

	private static final String ATTRIBUTE = SessionPasswords.class.getName() + ".password";

	private SessionPasswords() {
	}

	/**
	 * Marks the session as signed in with the user's current password.
	 * @param session the session
	 * @param user the signed-in user as stored now
	 */
	public static void mark(HttpSession session, User user) {
		session.setAttribute(ATTRIBUTE, digest(user.passwordHash()));
	}

	/**
	 * Tells whether the session was signed in with the user's current password; a session
	 * not marked yet is marked now.
	 * @param session the session
	 * @param user the signed-in user as stored now
	 * @return whether the session may stay signed in
	 */
	static boolean isCurrent(HttpSession session, User user) {
		Object mark = session.getAttribute(ATTRIBUTE);
		if (mark == null) {
			mark(session, user);
			return true;
		}
		return mark.equals(digest(user.passwordHash()));
	}

	/** A digest of the stored hash: the session never holds the hash itself. */
	private static String digest(String passwordHash) {
		return Sha256.hex(passwordHash);
	}

}
