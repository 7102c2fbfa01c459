package com.newscenter.migration.wordpress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.newscenter.support.TestImages;

/**
 * The test export ({@code wordpress/export.xml}) on its own, or zipped with an uploads
 * folder as a WordPress administrator would send it.
 */
public final class WordPressExports {

	private static final String UPLOADS = "wordpress/wp-content/uploads/";

	private WordPressExports() {
	}

	/**
	 * Returns the export file.
	 * @return its bytes
	 */
	public static byte[] export() {
		try (InputStream in = WordPressExports.class.getResourceAsStream("/wordpress/export.xml")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Returns a ZIP of the export and the images its posts use, but for
	 * {@code 2023/02/tug.png}; {@code 2023/03/orphan.png} belongs to a post that fails.
	 * @return the ZIP's bytes
	 */
	public static byte[] zipWithUploads() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("wordpress/harbourworks.WordPress.2023-03-05.xml", export());
		entries.put(UPLOADS + "2023/01/plant.png", TestImages.png(1200, 800));
		entries.put(UPLOADS + "2023/01/plant-300x200.png", TestImages.png(300, 200));
		entries.put(UPLOADS + "2023/01/plant-1024x683.png", TestImages.png(1024, 683));
		entries.put(UPLOADS + "2023/03/orphan.png", TestImages.png(64, 64));
		return zip(entries);
	}

	/**
	 * Returns an export of drafts titled "Post 1", "Post 2", … of
	 * {@code https://many.example.com}.
	 * @param count how many
	 * @return the export's bytes
	 */
	public static byte[] drafts(int count) {
		StringBuilder export = new StringBuilder("""
				<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
				<wp:wxr_version>1.2</wp:wxr_version><link>https://many.example.com</link>""");
		for (int id = 1; id <= count; id++) {
			export.append("<item><title>Post ")
				.append(id)
				.append("</title><wp:post_id>")
				.append(id)
				.append("</wp:post_id><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>");
		}
		return export.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Returns a ZIP of files.
	 * @param entries the files by path
	 * @return the ZIP's bytes
	 */
	public static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
