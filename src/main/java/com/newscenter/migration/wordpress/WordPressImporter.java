package com.newscenter.migration.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.IntConsumer;

import com.newscenter.account.Actor;
import com.newscenter.audit.Audited;
import com.newscenter.system.web.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a WordPress site from its export (WXR): the categories its posts use, every
 * post as an article in the same state, with its excerpt, featured image and the images
 * in its body, and the links between translations that Polylang keeps. Each post is
 * imported in a transaction of its own, so one that cannot be imported does not stop the
 * others; importing the same export again adds only what is new.
 */
@Service
public class WordPressImporter {

	private static final Logger logger = LoggerFactory.getLogger(WordPressImporter.class);

	private final ImportSteps steps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WordPressImporter(ImportSteps steps, ApplicationEventPublisher events, Clock clock) {
		this.steps = steps;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks that the actor may import a site: administrators only, since an import
	 * publishes in bulk.
	 * @param actor who asks
	 * @throws ForbiddenException for anyone else
	 */
	public void checkCanImport(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("Only administrators may import a WordPress site");
		}
	}

	/**
	 * Imports an export, or a ZIP of an export and its uploads folder.
	 * @param file the file
	 * @param language the language of posts whose language the export does not say, or
	 * {@code null} for the site's default language
	 * @param actor who imports; the author of the new articles
	 * @return what became of each post
	 * @throws ImportRefusedException when the file cannot be read as an export; nothing
	 * is imported then
	 */
	public ImportReport importFile(Path file, String language, Actor actor) {
		checkCanImport(actor);
		try (PreparedImport prepared = prepare(file, language)) {
			return run(prepared, actor, (done) -> {
			});
		}
	}

	/**
	 * Reads an export a first time, to know before the first post what the posts refer
	 * to, and whether it is an export at all.
	 * @param file the export, or a ZIP of it and its uploads folder
	 * @param language the language of posts whose language the export does not say, or
	 * {@code null} for the site's default language
	 * @return the export, ready to be imported; to be closed
	 * @throws ImportRefusedException when the file cannot be read as an export
	 */
	PreparedImport prepare(Path file, String language) {
		String fallbackLanguage = this.steps.checkedLanguage(language);
		ImportArchive archive = ImportArchive.open(file);
		try {
			ExportSurvey survey = new ExportSurvey();
			read(archive, survey);
			return new PreparedImport(archive, survey, fallbackLanguage);
		}
		catch (RuntimeException ex) {
			archive.close();
			throw ex;
		}
	}

	/**
	 * Imports a prepared export.
	 * @param prepared the export
	 * @param actor who imports
	 * @param progress told how many posts are done after each one
	 * @return what became of each post
	 * @throws ImportInterruptedException when the importing thread was interrupted; the
	 * posts imported until then stay
	 */
	ImportReport run(PreparedImport prepared, Actor actor, IntConsumer progress) {
		long started = this.clock.millis();
		ImportRun run = new ImportRun(this.steps, prepared.archive(), prepared.survey(), prepared.fallbackLanguage(),
				actor, progress);
		run.createCategories();
		read(prepared.archive(), run);
		ImportReport report = run.report();
		this.events
			.publishEvent(new Audited(actor, "wordpress.import", "wordpress:" + report.site(), report.imported().size()
					+ " imported, " + report.skipped().size() + " skipped, " + report.failed().size() + " failed"));
		logger.info("Imported {} posts of {} ({} skipped, {} failed, {} images) in {} ms", report.imported().size(),
				report.site(), report.skipped().size(), report.failed().size(), report.imagesStored(),
				this.clock.millis() - started);
		return report;
	}

	/**
	 * Imports an uploaded file as {@link #importFile} does, from a copy on disk (a ZIP is
	 * read by random access) that is deleted afterwards.
	 * @param upload the uploaded export or ZIP
	 * @param language the language of posts whose language the export does not say
	 * @param actor who imports
	 * @return what became of each post
	 * @throws IOException when the upload cannot be copied
	 */
	public ImportReport importUpload(MultipartFile upload, String language, Actor actor) throws IOException {
		checkCanImport(actor);
		Path copy = copyOf(upload);
		try {
			return importFile(copy, language, actor);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	/**
	 * Copies an upload to a file of its own, which the caller deletes: a ZIP is read by
	 * random access, and a background import outlives its request's upload.
	 * @param upload the uploaded export or ZIP
	 * @return the copy
	 * @throws IOException when it cannot be copied; no copy is left then
	 */
	static Path copyOf(MultipartFile upload) throws IOException {
		Path copy = Files.createTempFile("newscenter-import-", ".upload");
		try {
			upload.transferTo(copy);
			return copy;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(copy);
			throw ex;
		}
	}

	private static void read(ImportArchive archive, WxrReader.Handler handler) {
		try (InputStream in = archive.export()) {
			WxrReader.read(in, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
