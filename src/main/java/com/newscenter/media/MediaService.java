package com.newscenter.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.newscenter.system.NewsCenterProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores images under the data directory after checking, by their content, that they are
 * images.
 */
@Service
public class MediaService {

	private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpeg", "image/jpeg", "gif",
			"image/gif");

	private final MediaRepository repository;

	private final Path folder;

	MediaService(MediaRepository repository, NewsCenterProperties properties) {
		this.repository = repository;
		this.folder = mediaFolder(properties);
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
	 * Stores an image.
	 * @param originalName the name it came with, kept for display only
	 * @param bytes its content
	 * @return the stored image
	 * @throws UnsupportedMediaException when the content is not a PNG, JPEG or GIF image
	 */
	@Transactional
	public Media store(String originalName, byte[] bytes) {
		Detected detected = detect(bytes);
		String storageName = UUID.randomUUID() + "." + detected.extension();
		try {
			Files.createDirectories(this.folder);
			Files.write(this.folder.resolve(storageName), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store " + storageName, ex);
		}
		long id = this.repository.insert(storageName, originalName, TYPES.get(detected.extension()), detected.width(),
				detected.height(), bytes.length);
		return this.repository.findById(id).orElseThrow();
	}

	private Detected detect(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : null;
			if (readers == null || !readers.hasNext()) {
				throw new UnsupportedMediaException();
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				String extension = "jpg".equals(format) ? "jpeg" : format;
				if (!TYPES.containsKey(extension)) {
					throw new UnsupportedMediaException();
				}
				reader.setInput(input);
				BufferedImage image = reader.read(0);
				return new Detected(extension, image.getWidth(), image.getHeight());
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnsupportedMediaException unsupported) {
				throw unsupported;
			}
			throw new UnsupportedMediaException();
		}
	}

	private record Detected(String extension, int width, int height) {
	}

}
