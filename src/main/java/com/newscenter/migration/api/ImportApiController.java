package com.newscenter.migration.api;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

import com.newscenter.account.Actor;
import com.newscenter.account.CurrentActor;
import com.newscenter.migration.wordpress.ImportJob;
import com.newscenter.migration.wordpress.ImportJobs;
import com.newscenter.migration.wordpress.WordPressImporter;
import com.newscenter.system.web.BadRequestException;
import com.newscenter.system.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/import}: imports a WordPress export for scripts, with an
 * administrator's token, and answers with what became of each post; with
 * {@code Prefer: respond-async} it answers 202 at once and the import runs on its own,
 * followed at {@code GET /api/v1/import/{id}}.
 */
@RestController
class ImportApiController {

	private final WordPressImporter importer;

	private final ImportJobs jobs;

	private final CurrentActor actors;

	ImportApiController(WordPressImporter importer, ImportJobs jobs, CurrentActor actors) {
		this.importer = importer;
		this.jobs = jobs;
		this.actors = actors;
	}

	@PostMapping("/api/v1/import")
	ResponseEntity<Object> importExport(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String language,
			@RequestHeader(name = "Prefer", required = false) String prefer, Authentication authentication)
			throws IOException {
		Actor actor = this.actors.of(authentication);
		this.importer.checkCanImport(actor);
		if (file == null || file.isEmpty()) {
			throw new BadRequestException("file",
					"'file' is required: send the export (or a ZIP of it and the uploads folder) as a multipart/form-data part named file");
		}
		if (!prefersAsync(prefer)) {
			return ResponseEntity.ok(this.importer.importUpload(file, language, actor));
		}
		String id = this.jobs.start(file, language, actor);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/import/" + id))
			.header("Preference-Applied", "respond-async")
			.body(find(id, actor));
	}

	@GetMapping("/api/v1/import/{id}")
	ImportJob job(@PathVariable String id, Authentication authentication) {
		return find(id, this.actors.of(authentication));
	}

	private ImportJob find(String id, Actor actor) {
		return this.jobs.find(id, actor).orElseThrow(() -> new NotFoundException("wordpress.job.notFound", id));
	}

	/**
	 * Whether a {@code Prefer} header (RFC 7240) asks for an answer before the work is
	 * done.
	 */
	private static boolean prefersAsync(String prefer) {
		return prefer != null && Arrays.stream(prefer.split(","))
			.map((preference) -> preference.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
			.anyMatch("respond-async"::equals);
	}

}
