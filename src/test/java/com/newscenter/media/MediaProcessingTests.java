package com.newscenter.media;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

import com.newscenter.account.Actor;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import com.newscenter.system.NewsCenterProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What is stored of an upload: a copy without metadata, turned upright, with resized
 * variants that the public pages offer through {@code srcset}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MediaProcessingTests {

	@Autowired
	MediaService media;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleEditor editor;

	@Autowired
	NewsCenterProperties properties;

	@Autowired
	TestDatabase database;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void exifAndGpsDataDoNotSurvive() throws Exception {
		byte[] upload = TestImages.jpegWithExif(64, 48, 1);
		assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif", TestImages.GPS_MARKER);

		Media stored = this.media.store("holiday.jpg", upload);

		String kept = new String(stored(stored.storageName()), StandardCharsets.ISO_8859_1);
		assertThat(kept).doesNotContain("Exif").doesNotContain(TestImages.GPS_MARKER);
		assertThat(TestImages.read(stored(stored.storageName())).getWidth()).isEqualTo(64);
	}

	@Test
	void photosAreTurnedUprightBeforeTheirOrientationIsDropped() {
		Media stored = this.media.store("portrait.jpg", TestImages.jpegWithExif(64, 48, 6));

		assertThat(stored.width()).isEqualTo(48);
		assertThat(stored.height()).isEqualTo(64);
		assertThat(TestImages.read(stored(stored.storageName())).getHeight()).isEqualTo(64);
	}

	@Test
	void printJpegsInCmykAreStoredInRgbWithTheirColours() {
		Media stored = this.media.store("print.jpg", TestImages.resource("cmyk-red-over-blue-600x400.jpg"));

		assertThat(stored.variants()).extracting(MediaVariant::width).containsExactly(480);
		for (String file : List.of(stored.storageName(), stored.variants().get(0).storageName())) {
			BufferedImage image = TestImages.read(stored(file));
			assertThat(image.getColorModel().getColorSpace().getType()).isEqualTo(ColorSpace.TYPE_RGB);
			Color top = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 8));
			Color bottom = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() * 7 / 8));
			assertThat(top.getRed()).as("top half of %s is red", file).isGreaterThan(top.getBlue() + 100);
			assertThat(bottom.getBlue()).as("bottom half of %s is blue", file).isGreaterThan(bottom.getRed() + 100);
		}
	}

	@Test
	void narrowerVariantsAreStoredBesideTheOriginal() {
		Media wide = this.media.store("wide.png", TestImages.image("png", 2000, 1000));
		Media middle = this.media.store("middle.jpg", TestImages.image("jpeg", 1000, 500));
		Media small = this.media.store("small.gif", TestImages.image("gif", 400, 200));

		assertThat(wide.variants()).extracting(MediaVariant::width).containsExactly(480, 960, 1600);
		for (MediaVariant variant : wide.variants()) {
			BufferedImage file = TestImages.read(stored(variant.storageName()));
			assertThat(file.getWidth()).isEqualTo(variant.width());
			assertThat(file.getHeight()).isEqualTo(variant.width() / 2).isEqualTo(variant.height());
			assertThat(variant.storageName()).startsWith(wide.fileStem()).endsWith(".png");
		}
		assertThat(middle.variants()).extracting(MediaVariant::width).containsExactly(480, 960);
		assertThat(middle.variants()).allMatch((v) -> v.storageName().endsWith(".jpg"));
		assertThat(small.variants()).isEmpty();
		assertThat(small.srcset()).isNull();
	}

	@Test
	void publicPagesOfferTheVariantsThroughSrcset() throws Exception {
		Media cover = this.media.store("cover.png", TestImages.image("png", 2000, 1000));
		Article article = this.editor.create(new ArticleInput("en", "With a cover", "<p>Text.</p>", "Summary.",
				List.of(), ArticleStatus.PUBLISHED, null, null, cover.id()), Actor.SYSTEM);
		String expected = "/media/" + cover.fileStem() + "-480.png 480w, /media/" + cover.fileStem()
				+ "-960.png 960w, /media/" + cover.fileStem() + "-1600.png 1600w, " + cover.url() + " 2000w";

		Element articleCover = page("/en/news/" + article.id()).selectFirst("figure.cover img");
		Element card = page("/en/").selectFirst("[data-testid=news-item] img");

		assertThat(articleCover.attr("srcset")).isEqualTo(expected);
		assertThat(articleCover.attr("sizes")).isNotBlank();
		assertThat(articleCover.attr("src")).isEqualTo(cover.url());
		assertThat(card.attr("srcset")).isEqualTo(expected);
		for (MediaVariant variant : cover.variants()) {
			assertThat(this.mvc.perform(get(variant.url())).andReturn().getResponse().getStatus()).isEqualTo(200);
		}
	}

	@Test
	void picturesWithTooManyPixelsAreRefusedBeforeTheyAreDecoded() {
		byte[] bomb = pngHeaderOnly(10_000, 10_000);

		assertThatExceptionOfType(MediaTooLargeException.class).isThrownBy(() -> this.media.store("bomb.png", bomb))
			.withMessageContaining("10000 × 10000")
			.satisfies((ex) -> assertThat(ex.isPixels()).isTrue());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

	private byte[] stored(String storageName) {
		try {
			return Files.readAllBytes(MediaService.mediaFolder(this.properties).resolve(Path.of(storageName)));
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/**
	 * A PNG signature and header announcing a huge picture, with no pixel data at all.
	 */
	private static byte[] pngHeaderOnly(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 });
		byte[] chunk = ByteBuffer.allocate(17)
			.put("IHDR".getBytes(StandardCharsets.US_ASCII))
			.putInt(width)
			.putInt(height)
			.put(new byte[] { 8, 2, 0, 0, 0 })
			.array();
		CRC32 crc = new CRC32();
		crc.update(chunk);
		out.writeBytes(chunk);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
		return out.toByteArray();
	}

}
