package com.newscenter.media.admin;

import java.util.Map;

import com.newscenter.media.MediaService;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes the images pasted or dropped into the article editor into the media library, so
 * that they are stored like any upload instead of travelling in the body as {@code data:}
 * URLs, which the sanitiser drops. Answers in the shape the editor expects:
 * {@code {"location"}}, or {@code {"error"}} with the reason in the page's language.
 */
@RestController
class EditorImageController {

	private final MediaService media;

	private final MessageSource messages;

	private final String uploadLimit;

	EditorImageController(MediaService media, MessageSource messages, NewsCenterProperties properties) {
		this.media = media;
		this.messages = messages;
		this.uploadLimit = properties.media().maxUploadSizeText();
	}

	@PostMapping("/admin/media/editor-images")
	ResponseEntity<Map<String, String>> upload(@RequestParam(name = "file", required = false) MultipartFile file) {
		if (file == null) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", this.messages.getMessage("media.upload.failed.empty", new Object[] { "", "" },
						LocaleContextHolder.getLocale())));
		}
		Uploads.Result result = Uploads.store(this.media, file);
		if (result.failure() != null) {
			UploadFailure failure = result.failure();
			String reason = this.messages.getMessage(failure.messageKey(),
					new Object[] { failure.name(), this.uploadLimit }, LocaleContextHolder.getLocale());
			HttpStatus status = failure.messageKey().startsWith("media.upload.failed.too")
					? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			return ResponseEntity.status(status).body(Map.of("error", reason));
		}
		return ResponseEntity.ok(Map.of("location", result.stored().url()));
	}

}
