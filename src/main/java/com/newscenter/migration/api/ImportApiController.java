package com.newscenter.migration.api;

import java.io.IOException;

import com.newscenter.account.Actor;
import com.newscenter.account.CurrentActor;
import com.newscenter.migration.wordpress.ImportReport;
import com.newscenter.migration.wordpress.WordPressImporter;
import com.newscenter.system.web.BadRequestException;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/import}: imports a WordPress export for scripts, with an
 * administrator's token, and answers with what became of each post.
 */
@RestController
class ImportApiController {

	private final WordPressImporter importer;

	private final CurrentActor actors;

	ImportApiController(WordPressImporter importer, CurrentActor actors) {
		this.importer = importer;
		this.actors = actors;
	}

	@PostMapping("/api/v1/import")
	ImportReport importExport(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String language, Authentication authentication) throws IOException {
		Actor actor = this.actors.of(authentication);
		this.importer.checkCanImport(actor);
		if (file == null || file.isEmpty()) {
			throw new BadRequestException("file",
					"'file' is required: send the export (or a ZIP of it and the uploads folder) as a multipart/form-data part named file");
		}
		return this.importer.importUpload(file, language, actor);
	}

}
