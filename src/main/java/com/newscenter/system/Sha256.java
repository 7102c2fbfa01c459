package com.newscenter.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of text, for the digests the site keeps instead of secrets or identities (API
 * tokens, visitor fingerprints, session password marks).
 */
public final class Sha256 {

	private Sha256() {
	}

	/**
	 * Returns the digest of the text's UTF-8 bytes.
	 * @param text the text
	 * @return the 32-byte digest
	 */
	public static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Returns the digest of the text's UTF-8 bytes in lower-case hex.
	 * @param text the text
	 * @return 64 hex digits
	 */
	public static String hex(String text) {
		return HexFormat.of().formatHex(digest(text));
	}

}
