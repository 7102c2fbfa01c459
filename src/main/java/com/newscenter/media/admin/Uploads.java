package com.newscenter.media.admin;

import java.io.IOException;

import com.newscenter.account.Actor;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.media.MediaTooLargeException;
import com.newscenter.media.UnsupportedMediaException;
import com.newscenter.system.web.BadRequestException;

import org.springframework.web.multipart.MultipartFile;

/**
 * Stores one file uploaded in the back office, turning each way it can be refused into
 * the failure the pages explain: shared by the media library's form and the article
 * editor.
 */
final class Uploads {

	private Uploads() {
	}

	/**
	 * Stores a file.
	 * @param media the media library
	 * @param file the uploaded file
	 * @param actor who uploads it
	 * @return the stored image, or why it was refused
	 */
	static Result store(MediaService media, MultipartFile file, Actor actor) {
		String name = file.getOriginalFilename();
		try {
			return new Result(media.store(name, file.getBytes(), actor), null);
		}
		catch (IOException ex) {
			return new Result(null, UploadFailure.unreadable(name));
		}
		catch (BadRequestException ex) {
			return new Result(null, UploadFailure.empty(name));
		}
		catch (UnsupportedMediaException ex) {
			return new Result(null, UploadFailure.of(name, ex));
		}
		catch (MediaTooLargeException ex) {
			return new Result(null, UploadFailure.of(name, ex));
		}
	}

	/**
	 * The outcome of one upload: exactly one of the two is set.
	 *
	 * @param stored the stored image
	 * @param failure why it was refused
	 */
	record Result(Media stored, UploadFailure failure) {
	}

}
