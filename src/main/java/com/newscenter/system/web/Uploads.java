package com.newscenter.system.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;

/**
 * Tells uploads from other requests, for the filters that guard them before anything
 * reads a body: the size limits and the refusal of uploads from someone not signed in.
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * Tells whether a request is a multipart upload.
	 * @param request the request
	 * @return whether its content type is {@code multipart/form-data}
	 */
	public static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

}
