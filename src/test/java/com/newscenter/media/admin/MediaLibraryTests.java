package com.newscenter.media.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import com.newscenter.account.AccountService;
import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.account.User;
import com.newscenter.banner.Banner;
import com.newscenter.banner.BannerService;
import com.newscenter.media.Media;
import com.newscenter.media.MediaPage;
import com.newscenter.media.MediaService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleStatus;
import com.newscenter.news.ArticleSummary;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import com.newscenter.system.NewsCenterProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The media library's records and rules against a real database; run on H2 and on
 * PostgreSQL by the subclasses.
 */
@SpringBootTest
abstract class MediaLibraryTests {

	@Autowired
	MediaService media;

	@Autowired
	MediaLibrary library;

	@Autowired
	AccountService accounts;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleEditor editor;

	@Autowired
	BannerService banners;

	@Autowired
	NewsCenterProperties properties;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void storesAnImageWithItsVariantsAndFindsItAgain() {
		Media stored = this.media.store("../../etc/Harbour.png", TestImages.image("png", 1000, 600));

		Media found = this.media.findById(stored.id()).orElseThrow();
		assertThat(found.originalName()).isEqualTo("Harbour.png");
		assertThat(found.contentType()).isEqualTo("image/png");
		assertThat(found.createdAt()).isNotNull();
		assertThat(found.variants()).extracting((v) -> v.width() + "x" + v.height())
			.containsExactly("480x288", "960x576");
		assertThat(this.media.findAllById(List.of(stored.id())).get(0).variants()).hasSize(2);
	}

	@Test
	void searchesOriginalNamesIgnoringCaseNewestFirstInPages() {
		IntStream.rangeClosed(1, 5).forEach((i) -> store("harbour-" + i + ".png"));
		store("Bridge.png");
		store("100%_done.png");
		store("100 done.png");

		MediaPage first = this.media.search("HARBOUR", 1, 2);
		MediaPage third = this.media.search("harbour", 3, 2);

		assertThat(first.total()).isEqualTo(5);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(first.items()).extracting(Media::originalName).containsExactly("harbour-5.png", "harbour-4.png");
		assertThat(third.items()).extracting(Media::originalName).containsExactly("harbour-1.png");
		assertThat(this.media.search("100%_", 1, 10).items()).extracting(Media::originalName)
			.containsExactly("100%_done.png");
		assertThat(this.media.search(null, 1, 100).total()).isEqualTo(8);
	}

	@Test
	void tellsWhichArticlesAndBannersUseAnImage() {
		Media image = store("used.png");
		Media other = store("other.png");
		Article cover = article("As cover", "<p>Text.</p>", image.id());
		Article inText = article("In text", "<p><img src=\"" + image.variants().get(0).url() + "\" alt=\"\"></p>",
				null);
		article("Elsewhere", "<p><img src=\"" + other.url() + "\" alt=\"\"></p>", other.id());
		Banner banner = banner(image);

		MediaUsage usage = this.library.usage(image);

		assertThat(usage.articles()).extracting(ArticleSummary::id).containsExactlyInAnyOrder(cover.id(), inText.id());
		assertThat(usage.banners()).extracting(Banner::id).containsExactly(banner.id());
		assertThat(this.library.usage(store("unused.png")).inUse()).isFalse();
	}

	@Test
	void anAuthorIsNotToldOfOtherAuthorsUnpublishedArticlesUsingAnImage() {
		Media image = store("shared.png");
		Article othersDraft = article("Someone else's draft", "<p>Text.</p>", image.id());
		User user = this.accounts.create("media-author-" + System.nanoTime(), "a-long-password", Role.AUTHOR);
		Actor author = new Actor(user.id(), user.username(), user.role());
		Article own = this.editor.create(new ArticleInput("en", "My draft", "<p>Text.</p>", "", List.of(),
				ArticleStatus.DRAFT, null, null, image.id()), author);

		assertThat(this.library.usage(image, author).articles()).extracting(ArticleSummary::id)
			.containsExactly(own.id());
		assertThat(this.library.usage(image, new Actor(null, "EDITOR", Role.EDITOR)).articles())
			.extracting(ArticleSummary::id)
			.containsExactlyInAnyOrder(own.id(), othersDraft.id());
	}

	@Test
	void deletingAnImageInUseNeedsConfirmationAndThenDetachesIt() {
		Media image = store("used.png");
		Article article = article("As cover", "<p>Text.</p>", image.id());
		banner(image);

		assertThatExceptionOfType(MediaInUseException.class)
			.isThrownBy(() -> this.library.delete(image.id(), false, new Actor(null, "EDITOR", Role.EDITOR)));
		assertThat(this.media.findById(image.id())).isPresent();

		this.library.delete(image.id(), true, new Actor(null, "EDITOR", Role.EDITOR));

		assertThat(this.media.findById(image.id())).isEmpty();
		assertThat(this.articles.find(article.id()).orElseThrow().coverMediaId()).isNull();
		assertThat(this.banners.showingImage(image.id())).isEmpty();
		assertThat(image.storageNames()).hasSize(2).noneMatch((name) -> Files.exists(file(name)));
	}

	@Test
	void anUnusedImageIsDeletedWithAllItsFiles() {
		Media image = store("unused.png");
		assertThat(image.storageNames()).allMatch((name) -> Files.exists(file(name)));

		this.library.delete(image.id(), false, new Actor(null, "ADMIN", Role.ADMIN));

		assertThat(this.media.findById(image.id())).isEmpty();
		assertThat(image.storageNames()).noneMatch((name) -> Files.exists(file(name)));
	}

	@Test
	void authorsMayNotDeleteImages() {
		Media image = store("mine.png");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.library.delete(image.id(), true, new Actor(null, "AUTHOR", Role.AUTHOR)));
		assertThat(this.media.findById(image.id())).isPresent();
	}

	private Media store(String name) {
		return this.media.store(name, TestImages.image("png", 600, 400));
	}

	private Article article(String title, String body, Long coverId) {
		return this.editor.create(
				new ArticleInput("en", title, body, "", List.of(), ArticleStatus.DRAFT, null, null, coverId),
				Actor.SYSTEM);
	}

	private Banner banner(Media image) {
		return this.banners.create(new Banner(0, null, "Harbour banner", "/en/news", image.id(), 1, null,
				Instant.parse("2100-01-01T00:00:00Z"), true), Actor.SYSTEM);
	}

	private Path file(String storageName) {
		return MediaService.mediaFolder(this.properties).resolve(storageName);
	}

}
