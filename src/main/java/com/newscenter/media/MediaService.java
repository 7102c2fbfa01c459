package com.newscenter.media;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.newscenter.account.Actor;
import com.newscenter.audit.Audited;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.system.web.BadRequestException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the site's images: checks by content that an upload is an image, stores a
 * re-encoded copy free of metadata with resized variants beside it, and lists, finds and
 * deletes them.
 */
@Service
public class MediaService {

	private final MediaRepository repository;

	private final NewsCenterProperties.MediaSettings settings;

	private final ImageProcessor processor;

	private final MediaFiles files;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MediaService(MediaRepository repository, NewsCenterProperties properties, PlatformTransactionManager transactions,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.settings = properties.media();
		this.processor = new ImageProcessor(this.settings.maxPixels(), this.settings.variantWidths());
		this.files = new MediaFiles(mediaFolder(properties));
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Returns the folder uploaded files are kept in.
	 * @param properties the site's settings
	 * @return the media folder
	 */
	public static Path mediaFolder(NewsCenterProperties properties) {
		return properties.dataDir().resolve("media").toAbsolutePath().normalize();
	}

	public Optional<Media> findById(long id) {
		return this.repository.findById(id);
	}

	public List<Media> findAllById(Collection<Long> ids) {
		return this.repository.findAllById(ids);
	}

	/**
	 * Returns a page of the images whose original name contains a text, newest first.
	 * @param text the text to look for, or {@code null} for all images
	 * @param page the page number, from 1
	 * @param size the page size
	 * @return the page
	 */
	public MediaPage search(String text, int page, int size) {
		long total = this.repository.count(text);
		long offset = (long) (Math.max(1, page) - 1) * size;
		List<Media> items = (offset < total) ? this.repository.search(text, (int) offset, size) : List.of();
		return new MediaPage(items, Math.max(1, page), size, total);
	}

	/**
	 * Stores an uploaded image: a fresh copy without its metadata, and smaller copies for
	 * narrower screens.
	 * @param originalName the name it came with, kept for display and search only
	 * @param bytes its content
	 * @return the stored image
	 * @throws BadRequestException when the file is empty
	 * @throws MediaTooLargeException when it is over the size or pixel limit
	 * @throws UnsupportedMediaException when it is not a whole PNG, JPEG, GIF or WebP
	 */
	public Media store(String originalName, byte[] bytes) {
		return store(originalName, bytes, Actor.SYSTEM);
	}

	/**
	 * Stores an uploaded image as {@link #store(String, byte[])} does, and records who
	 * uploaded it in the audit log.
	 * @param originalName the file name it was uploaded with, or {@code null}
	 * @param bytes the file
	 * @param actor who uploads it
	 * @return the stored image
	 */
	public Media store(String originalName, byte[] bytes, Actor actor) {
		if (bytes == null || bytes.length == 0) {
			throw new BadRequestException("file", "The file is empty");
		}
		if (bytes.length > this.settings.maxUploadSize().toBytes()) {
			throw new MediaTooLargeException(
					"The file is larger than the limit of " + this.settings.maxUploadSizeText(), false);
		}
		String name = displayName(originalName);
		ImageProcessor.Processed image = this.processor.process(name, bytes, UUID.randomUUID().toString());
		this.files.write(image.files());
		try {
			long id = this.transactions.execute((status) -> {
				long key = this.repository.insert(image.storageName(), name, image.contentType(), image.width(),
						image.height(), image.size(), this.clock.instant());
				image.variants().forEach((variant) -> this.repository.insertVariant(key, variant));
				this.events.publishEvent(new Audited(actor, "media.upload", "media:" + key, name));
				deleteFilesOnRollback(image.files().keySet());
				return key;
			});
			return this.repository.findById(id).orElseThrow();
		}
		catch (RuntimeException ex) {
			this.files.delete(image.files().keySet());
			throw ex;
		}
	}

	/**
	 * Deletes an image's record and, once that is committed, the files of the image and
	 * all its variants. Whether it may go is decided by the caller.
	 * @param media the image
	 */
	public void delete(Media media) {
		delete(media, Actor.SYSTEM);
	}

	/**
	 * Deletes an image as {@link #delete(Media)} does, recording who did in the audit
	 * log.
	 * @param media the image
	 * @param actor who deletes it
	 */
	public void delete(Media media, Actor actor) {
		if (!this.repository.delete(media.id())) {
			return;
		}
		this.events.publishEvent(new Audited(actor, "media.delete", "media:" + media.id(), media.originalName()));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					MediaService.this.files.delete(media.storageNames());
				}
			});
		}
		else {
			this.files.delete(media.storageNames());
		}
	}

	/**
	 * Removes the files just written if the transaction that recorded them is rolled
	 * back, also when it is a caller's (an import storing an article's images with it).
	 */
	private void deleteFilesOnRollback(Collection<String> names) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					MediaService.this.files.delete(names);
				}
			}
		});
	}

	private static String displayName(String originalName) {
		String name = (originalName != null) ? originalName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("\\p{Cntrl}", "").strip();
		if (name.length() > 300) {
			name = name.substring(0, 300);
		}
		return name.isEmpty() ? "image" : name;
	}

}
