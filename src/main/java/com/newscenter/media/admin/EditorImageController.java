package com.newscenter.media.admin;

import java.util.Map;

import com.newscenter.account.CurrentActor;
import com.newscenter.media.MediaService;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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

	private final CurrentActor actors;

	EditorImageController(MediaService media, MessageSource messages, NewsCenterProperties properties,
			CurrentActor actors) {
		this.media = media;
		this.actors = actors;
		this.messages = messages;
		this.uploadLimit = properties.media().maxUploadSizeText();
	}

	@PostMapping("/admin/media/editor-images")
	ResponseEntity<Map<String, String>> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			Authentication authentication) {
		Uploads.Result result = (file != null) ? Uploads.store(this.media, file, this.actors.of(authentication))
				: new Uploads.Result(null, UploadFailure.empty("file"));
		if (result.failure() != null) {
			UploadFailure failure = result.failure();
			String reason = this.messages.getMessage(failure.messageKey(),
					new Object[] { failure.name(), this.uploadLimit }, LocaleContextHolder.getLocale());
			return ResponseEntity.status(failure.status()).body(Map.of("error", reason));
		}
		return ResponseEntity.ok(Map.of("location", result.stored().url()));
	}

}
