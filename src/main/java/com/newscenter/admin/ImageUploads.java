package com.newscenter.admin;

import java.io.IOException;

import com.newscenter.account.Actor;
import com.newscenter.media.MediaService;
import com.newscenter.media.UnsupportedMediaException;
import com.newscenter.system.web.BadRequestException;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores an image uploaded with a back-office form, turning a refused file into a refusal
 * of the form field it came with.
 */
@Component
public class ImageUploads {

	private static final int MAX_NAME_LENGTH = 200;

	private final MediaService media;

	ImageUploads(MediaService media) {
		this.media = media;
	}

	/**
	 * Stores the uploaded image, if a file was chosen.
	 * @param file the upload, possibly empty or {@code null}
	 * @param field the form field to blame when the file is not an image
	 * @param actor who uploads it
	 * @return the new media id, or {@code null} when no file was chosen
	 */
	public Long store(MultipartFile file, String field, Actor actor) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return this.media.store(nameOf(file), file.getBytes(), actor).id();
		}
		catch (UnsupportedMediaException ex) {
			throw new BadRequestException(field, "the file is not a PNG, JPEG or GIF image");
		}
		catch (IOException ex) {
			throw new BadRequestException(field, "the upload could not be read");
		}
	}

	private static String nameOf(MultipartFile file) {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (name.isBlank()) {
			name = "upload";
		}
		return (name.length() > MAX_NAME_LENGTH) ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
	}

}
