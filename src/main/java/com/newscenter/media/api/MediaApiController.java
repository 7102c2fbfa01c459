package com.newscenter.media.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import com.newscenter.account.Actor;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.site.SiteUrls;
import com.newscenter.system.web.BadRequestException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Image uploads through the JSON API, for any signed-in staff member.
 */
@RestController
@RequestMapping("/api/v1/media")
class MediaApiController {

	private final MediaService media;

	private final SiteUrls urls;

	MediaApiController(MediaService media, SiteUrls urls) {
		this.media = media;
		this.urls = urls;
	}

	@PostMapping
	ResponseEntity<MediaJson> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal staff) {
		if (file == null) {
			throw new BadRequestException("file",
					"'file' is required: send the image as a multipart/form-data part" + " named file");
		}
		Media stored = this.media.store(file.getOriginalFilename(), bytes(file), Actor.of(staff));
		String url = this.urls.absolute(stored.url());
		return ResponseEntity.created(URI.create(url))
			.body(new MediaJson(stored.id(), url, stored.width(), stored.height(), stored.contentType()));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the uploaded file", ex);
		}
	}

	/**
	 * A stored image as the API shows it.
	 *
	 * @param id the media id, for articles' {@code coverImage} and banners' {@code image}
	 * @param url the absolute URL it is served at
	 * @param width its width in pixels
	 * @param height its height in pixels
	 * @param contentType the content type of the stored file
	 */
	record MediaJson(long id, String url, int width, int height, String contentType) {
	}

}
