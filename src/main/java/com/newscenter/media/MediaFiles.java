package com.newscenter.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * The media folder under the data directory, where every image file is kept under its
 * storage name.
 */
final class MediaFiles {

	private final Path folder;

	MediaFiles(Path folder) {
		this.folder = folder;
	}

	void write(Map<String, byte[]> files) {
		try {
			Files.createDirectories(this.folder);
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Files.write(this.folder.resolve(file.getKey()), file.getValue());
			}
		}
		catch (IOException ex) {
			delete(files.keySet());
			throw new UncheckedIOException("Could not store an image in " + this.folder, ex);
		}
	}

	void delete(Collection<String> names) {
		for (String name : names) {
			try {
				Files.deleteIfExists(this.folder.resolve(name));
			}
			catch (IOException ex) {
				// a leftover file is harmless: nothing refers to it any more
			}
		}
	}

}
