package com.newscenter.migration.wordpress;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The file an import reads: a WordPress export on its own, or a ZIP holding the export
 * and the site's {@code wp-content/uploads} folder, whose images the import stores in the
 * media library.
 */
final class ImportArchive implements AutoCloseable {

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final String UPLOADS = "uploads/";

	private final Path file;

	private final ZipFile zip;

	private final ZipEntry export;

	/** Entries of the ZIP by their path below an uploads folder, or their whole path. */
	private final Map<String, ZipEntry> uploads;

	private ImportArchive(Path file, ZipFile zip, ZipEntry export, Map<String, ZipEntry> uploads) {
		this.file = file;
		this.zip = zip;
		this.export = export;
		this.uploads = uploads;
	}

	/**
	 * Opens a file sent for import, telling a ZIP from an export by its content.
	 * @param file the file
	 * @return the archive
	 * @throws ImportRefusedException when it is empty, neither XML nor a ZIP, or a ZIP
	 * without exactly one export
	 */
	static ImportArchive open(Path file) {
		try {
			byte[] start = new byte[64];
			int read;
			try (InputStream in = Files.newInputStream(file)) {
				read = in.readNBytes(start, 0, start.length);
			}
			if (read == 0) {
				throw ImportRefusedException.empty();
			}
			if (read >= ZIP_MAGIC.length && Arrays.equals(start, 0, 4, ZIP_MAGIC, 0, 4)) {
				return openZip(file);
			}
			if (!looksLikeXml(start, read)) {
				throw ImportRefusedException.notXmlOrZip();
			}
			return new ImportArchive(file, null, null, Map.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ImportArchive openZip(Path file) throws IOException {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (ZipException ex) {
			throw ImportRefusedException.damagedZip(ex.getMessage());
		}
		List<ZipEntry> exports = new ArrayList<>();
		Map<String, ZipEntry> uploads = new HashMap<>();
		zip.stream().filter((entry) -> !entry.isDirectory()).forEach((entry) -> {
			String name = entry.getName().replace('\\', '/');
			String lower = name.toLowerCase(Locale.ROOT);
			int at = name.lastIndexOf(UPLOADS);
			// an XML file in the uploads folder (a plugin's, say) is no export
			if (lower.endsWith(".xml") && at < 0 && !lower.contains("__macosx/")) {
				exports.add(entry);
			}
			uploads.putIfAbsent((at >= 0) ? name.substring(at + UPLOADS.length()) : name, entry);
		});
		if (exports.size() != 1) {
			zip.close();
			throw ImportRefusedException.zipWithoutExport(exports.size());
		}
		return new ImportArchive(file, zip, exports.get(0), uploads);
	}

	private static boolean looksLikeXml(byte[] start, int length) {
		String text = new String(start, 0, length, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
		return text.startsWith("<?xml") || text.startsWith("<rss");
	}

	/**
	 * Opens the export for one reading; the import reads it twice.
	 * @return the export's bytes
	 */
	InputStream export() {
		try {
			InputStream in = (this.zip != null) ? this.zip.getInputStream(this.export)
					: Files.newInputStream(this.file);
			return new BufferedInputStream(in, 64 * 1024);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Tells whether the archive holds uploaded files at all.
	 * @return {@code false} for an export on its own
	 */
	boolean hasUploads() {
		return this.zip != null;
	}

	/**
	 * Returns an uploaded file, read up to a limit.
	 * @param path its path below the uploads folder, such as {@code 2023/01/photo.jpg}
	 * @param limit the most bytes read; a larger file comes back one byte over it
	 * @return the file's bytes, or {@code null} when the archive does not hold it
	 */
	byte[] upload(String path, long limit) {
		ZipEntry entry = this.uploads.get(path);
		if (entry == null) {
			return null;
		}
		try (InputStream in = this.zip.getInputStream(entry)) {
			return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		}
		catch (IOException ex) {
			throw ImportRefusedException.damagedZip(ex.getMessage());
		}
	}

	@Override
	public void close() {
		if (this.zip != null) {
			try {
				this.zip.close();
			}
			catch (IOException ex) {
				// nothing was written through it
			}
		}
	}

}
