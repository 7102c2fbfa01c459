package com.newscenter.media.admin;

/**
 * A delete of an image that is still in use, sent without the confirmation it needs.
 */
class MediaInUseException extends RuntimeException {

	MediaInUseException(long mediaId) {
		super("Image " + mediaId + " is in use; deleting it needs an explicit confirmation");
	}

}
