package com.newscenter.migration.wordpress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.newscenter.account.AccountService;
import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.account.User;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.migration.wordpress.ImportReport.Note;
import com.newscenter.migration.wordpress.ImportReport.Post;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.Staff;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.system.web.ForbiddenException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A WordPress export becomes articles in the state each post was in, with its time of
 * issue, excerpt, categories, featured image, body images and translations; importing it
 * again adds only what is new; a file that is no export is refused before anything is
 * imported. Runs on H2 here and on PostgreSQL in the subclass.
 */
@SpringBootTest
class WordPressImporterTests {

	private static final Actor ADMIN = Staff.actor(Role.ADMIN);

	/**
	 * Two posts linking to each other by permalink and by number, with WordPress's
	 * entities in a title, an excerpt and a category name.
	 */
	private static final byte[] LINKED_POSTS = """
			<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
				xmlns:content="http://purl.org/rss/1.0/modules/content/"
				xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"><channel>
			<link>https://www.links.example.com</link>
			<wp:category><wp:category_nicename>events</wp:category_nicename><wp:category_parent/>
			<wp:cat_name><![CDATA[News &amp; Events]]></wp:cat_name></wp:category>
			<item><title>First</title><link>https://www.links.example.com/2023/01/first/</link>
			<wp:post_id>1</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
			<content:encoded><![CDATA[See <a href="https://www.links.example.com/2023/01/second/#more">the second</a>,
			<a href='/?p=2'>again</a>, <a href="https://other.example.com/2023/01/second/">elsewhere</a>
			and <a href="https://links.example.com/about/">about</a>.]]></content:encoded></item>
			<item><title><![CDATA[Tom &amp; Jerry&#8217;s <em>second</em>]]></title>
			<link>https://www.links.example.com/2023/01/second/</link>
			<wp:post_id>2</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
			<content:encoded><![CDATA[Back to <a href="http://links.example.com/2023/01/first">the first</a>,
			<a href="//www.links.example.com/?p=1&amp;utm_source=x#top">by number</a>,
			<a href="mailto:first@links.example.com">by mail</a>.]]></content:encoded>
			<excerpt:encoded><![CDATA[<p>Cats &amp; mice</p>]]></excerpt:encoded>
			<category domain="category" nicename="events"><![CDATA[News &amp; Events]]></category></item>
			</channel></rss>""".getBytes(StandardCharsets.UTF_8);

	@Autowired
	WordPressImporter importer;

	@Autowired
	AccountService accounts;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleEditor editor;

	@Autowired
	CategoryService categories;

	@Autowired
	MediaService media;

	@Autowired
	NewsCenterProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestDatabase database;

	@TempDir
	Path folder;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void everyPostBecomesAnArticleInItsState() throws IOException {
		ImportReport report = this.importer.importFile(zip(), "en", ADMIN);

		assertThat(report.site()).isEqualTo("https://old.example.com");
		assertThat(report.imported()).extracting(Post::wordPressId)
			.containsExactly(10L, 11L, 12L, 13L, 14L, 15L, 18L, 19L, 22L, 24L);
		assertThat(report.skipped()).extracting(Post::wordPressId, Post::reason)
			.containsExactly(tuple(16L, "trash"), tuple(17L, "autoDraft"), tuple(30L, "page"));
		assertThat(report.failed()).extracting(Post::wordPressId).containsExactly(23L);
		assertThat(report.failed().get(0).reason()).isEqualTo("publishAt must lie in the years 1000 to 9999");
		assertThat(report.otherItems()).isEqualTo(3);

		Map<Long, Article> byPost = articles(report);
		Article plant = byPost.get(10L);
		assertThat(plant.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(plant.publishedAt()).isEqualTo(Instant.parse("2023-01-20T02:00:00Z"));
		assertThat(plant.language()).isEqualTo("en");
		assertThat(plant.slug()).isEqualTo("quay-crane-plant-opens");
		assertThat(plant.summary()).isEqualTo("Two cranes a month from the new plant.");
		assertThat(byPost.get(12L).status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(byPost.get(12L).publishedAt()).isEqualTo(Instant.parse("2031-05-06T07:00:00Z"));
		assertThat(byPost.get(13L).status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(byPost.get(14L).status()).isEqualTo(ArticleStatus.REVIEW);
		assertThat(byPost.get(15L).status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(notes(report, 15L)).extracting(Note::code).containsExactly("private");
		assertThat(byPost.get(19L).title()).isEqualTo("untitled-note");
		assertThat(notes(report, 19L)).extracting(Note::code).containsExactly("untitled");
		assertThat(report.imported()).filteredOn((post) -> post.wordPressId() == 19L)
			.extracting(Post::title)
			.containsExactly("untitled-note");
		assertThat(byPost.get(24L).status()).as("scheduled without a date").isEqualTo(ArticleStatus.DRAFT);
		assertThat(notes(report, 24L)).extracting(Note::code).containsExactly("scheduledWithoutDate");
		assertThat(this.articles.find(byPost.get(12L).id())).isPresent();
	}

	@Test
	void aPostsAuthorWritesItsArticleWhenTheSiteHasTheirLogin() throws IOException {
		User author = this.accounts.findByUsername("harbour-editor")
			.orElseGet(() -> this.accounts.create("harbour-editor", "harbour-editor-password", Role.AUTHOR));
		User importer = this.accounts.findByUsername("admin").orElseThrow();

		ImportReport report = this.importer.importFile(zip(), "en",
				new Actor(importer.id(), importer.username(), importer.role()));

		Map<Long, Article> byPost = articles(report);
		assertThat(byPost.get(10L).authorId()).isEqualTo(author.id());
		assertThat(byPost.get(11L).authorId()).as("an author the site does not have").isEqualTo(importer.id());
		assertThat(byPost.get(18L).authorId()).as("no author in the export").isEqualTo(importer.id());
	}

	@Test
	void categoriesArriveWithTheirParentsAndOnlyWhenPostsUseThem() throws IOException {
		ImportReport report = this.importer.importFile(zip(), "en", ADMIN);

		assertThat(report.categoriesCreated()).isEqualTo(3);
		Category news = this.categories.findBySlug("news").orElseThrow();
		Category company = this.categories.findBySlug("company-news").orElseThrow();
		assertThat(company.parentId()).isEqualTo(news.id());
		assertThat(company.name("en")).isEqualTo("Company News");
		assertThat(this.categories.findBySlug("uncategorized")).isEmpty();
		Category chinese = this.categories.findBySlug(ImportCategories.ourSlug("行业")).orElseThrow();
		assertThat(chinese.slug()).matches("wp-[0-9a-f]{10}");
		assertThat(chinese.names()).as("named in the language of its posts").isEqualTo(Map.of("zh", "行业动态"));

		Map<Long, Article> byPost = articles(report);
		assertThat(byPost.get(10L).categoryIds()).containsExactly(company.id());
		assertThat(byPost.get(11L).categoryIds()).containsExactly(chinese.id());
		assertThat(byPost.get(18L).categoryIds()).containsExactly(news.id());
	}

	@Test
	void categoriesNestedDeeperThanTheSiteAllowsGoToTheTopLevel() throws IOException {
		StringBuilder export = new StringBuilder("""
				<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
				<link>https://deep.example.com</link>""");
		String parent = "";
		for (String slug : new String[] { "one", "two", "three", "four" }) {
			export.append("<wp:category><wp:category_nicename>")
				.append(slug)
				.append("</wp:category_nicename><wp:category_parent>")
				.append(parent)
				.append("</wp:category_parent><wp:cat_name>Level ")
				.append(slug)
				.append("</wp:cat_name></wp:category>");
			parent = slug;
		}
		export.append("""
				<item><title>Deep</title><wp:post_id>1</wp:post_id><wp:status>publish</wp:status>
				<wp:post_type>post</wp:post_type><category domain="category" nicename="four">Level four</category>
				</item></channel></rss>""");

		ImportReport report = this.importer
			.importFile(write("deep.xml", export.toString().getBytes(StandardCharsets.UTF_8)), "en", ADMIN);

		assertThat(report.categoriesCreated()).isEqualTo(4);
		Category three = this.categories.findBySlug("three").orElseThrow();
		assertThat(three.parentId()).isEqualTo(this.categories.findBySlug("two").orElseThrow().id());
		Category four = this.categories.findBySlug("four").orElseThrow();
		assertThat(four.parentId()).isNull();
		assertThat(articles(report).get(1L).categoryIds()).containsExactly(four.id());
	}

	@Test
	void linksBetweenPostsLeadToTheirArticles() throws IOException {
		ImportReport report = this.importer.importFile(write("links.xml", LINKED_POSTS), "en", ADMIN);

		Map<Long, Article> byPost = articles(report);
		long first = byPost.get(1L).id();
		assertThat(byPost.get(1L).body()).as("a post imported later: its old path here")
			.contains("href=\"/2023/01/second/#more\"")
			.contains("href=\"/?p&#61;2\"")
			.contains("href=\"https://other.example.com/2023/01/second/\"")
			.as("a page, which is not imported")
			.contains("href=\"https://links.example.com/about/\"");
		assertThat(byPost.get(2L).body()).as("a post imported before: its article")
			.contains("href=\"/en/news/" + first + "\"")
			.contains("href=\"/en/news/" + first + "#top\"")
			.contains("href=\"mailto:first&#64;links.example.com\"");
	}

	@Test
	void wordPressEntitiesInTitlesExcerptsAndCategoryNamesBecomeText() throws IOException {
		ImportReport report = this.importer.importFile(write("links.xml", LINKED_POSTS), "en", ADMIN);

		Article second = articles(report).get(2L);
		assertThat(second.title()).isEqualTo("Tom & Jerry\u2019s second");
		assertThat(second.summary()).isEqualTo("Cats & mice");
		assertThat(this.categories.findBySlug("events").orElseThrow().name("en")).isEqualTo("News & Events");
		assertThat(report.imported()).extracting(Post::title).contains("Tom & Jerry\u2019s second");
	}

	@Test
	void polylangLanguagesAndTranslationsCarryOver() throws IOException {
		ImportReport report = this.importer.importFile(zip(), "en", ADMIN);

		Map<Long, Article> byPost = articles(report);
		Article chinese = byPost.get(11L);
		assertThat(chinese.language()).isEqualTo("zh");
		assertThat(this.articles.translations(chinese, false))
			.isEqualTo(Map.of("en", byPost.get(10L).id(), "zh", chinese.id()));
		assertThat(byPost.get(12L).language()).as("no language in the export: the one chosen").isEqualTo("en");
	}

	@Test
	void bodiesGetParagraphsFiguresAndSafeHtml() throws IOException {
		ImportReport report = this.importer.importFile(zip(), "en", ADMIN);

		Map<Long, Article> byPost = articles(report);
		String plant = byPost.get(10L).body();
		assertThat(plant).contains("<p>The new plant builds two quay cranes a month.<br />");
		assertThat(plant).containsPattern(
				"<figure class=\"align-center\"><img [^>]*/><figcaption>The assembly hall" + "</figcaption></figure>");
		assertThat(plant).contains("STS-1  65 t\n\nSTS-2  80 t</pre>");
		assertThat(plant).doesNotContain("[gallery", "[caption", "<p><pre>");
		assertThat(notes(report, 10L)).contains(new Note("shortcode", "[gallery]"));
		assertThat(byPost.get(11L).body()).contains("<p>新工厂每月生产两台岸桥，雇员四百人。</p>")
			.contains("<figure class=\"align-right\">")
			.doesNotContain("wp:paragraph");
		String tender = byPost.get(18L).body();
		assertThat(tender).contains("Results are out.").doesNotContain("script", "onclick", "steal");
	}

	@Test
	void imagesFromTheUploadsFolderGoToTheMediaLibrary() throws IOException {
		long filesBefore = mediaFiles();

		ImportReport report = this.importer.importFile(zip(), "en", ADMIN);

		assertThat(report.imagesStored()).isEqualTo(1);
		Media plant = this.media.search("plant", 1, 10).items().get(0);
		assertThat(plant.originalName()).isEqualTo("plant.png");
		assertThat(plant.width()).isEqualTo(1200);
		Map<Long, Article> byPost = articles(report);
		assertThat(byPost.get(10L).coverMediaId()).isEqualTo(plant.id());
		assertThat(byPost.get(10L).body()).contains("src=\"" + plant.url() + "\"")
			.doesNotContain("old.example.com/wp-content");
		assertThat(byPost.get(11L).body()).contains("src=\"" + plant.url() + "\"");
		assertThat(byPost.get(22L).coverMediaId()).isNull();
		assertThat(notes(report, 22L)).containsExactly(new Note("imageMissing", "2023/02/tug.png"));
		assertThat(this.media.search("orphan", 1, 10).total()).as("the failed post's image went with it").isZero();
		assertThat(mediaFiles() - filesBefore).as("files of the one image kept, and none of the orphan")
			.isEqualTo(plant.storageNames().size());
	}

	@Test
	void importingAgainAddsOnlyWhatIsNew() throws IOException {
		ImportReport first = this.importer.importFile(zip(), "en", ADMIN);
		Map<Long, Article> byPost = articles(first);

		ImportReport again = this.importer.importFile(zip(), "en", ADMIN);

		assertThat(again.imported()).isEmpty();
		assertThat(again.categoriesCreated()).isZero();
		assertThat(again.imagesStored()).isZero();
		assertThat(again.skipped()).filteredOn((post) -> "already".equals(post.reason()))
			.extracting(Post::wordPressId, Post::articleId)
			.hasSize(10)
			.contains(tuple(10L, byPost.get(10L).id()));
		assertThat(this.media.search("plant", 1, 10).total()).isEqualTo(1);

		this.editor.delete(byPost.get(18L).id(), ADMIN);
		ImportReport third = this.importer.importFile(zip(), "en", ADMIN);

		assertThat(third.imported()).extracting(Post::wordPressId).containsExactly(18L);
		assertThat(countArticles()).isEqualTo(10);
	}

	@Test
	void anExportSentAloneKeepsLinkingToTheImagesOfTheOldSite() throws IOException {
		ImportReport report = this.importer.importFile(export(), "en", ADMIN);

		Map<Long, Article> byPost = articles(report);
		assertThat(byPost.get(10L).body())
			.contains("src=\"https://old.example.com/wp-content/uploads/2023/01/plant-300x200.png\"");
		assertThat(byPost.get(10L).coverMediaId()).isNull();
		assertThat(notes(report, 10L)).contains(new Note("imageLinked", "2023/01/plant-300x200.png"),
				new Note("imageLinked", "2023/01/plant.png"));
		assertThat(report.imagesStored()).isZero();
	}

	@Test
	void filesThatAreNoExportAreRefusedBeforeAnythingIsImported() throws IOException {
		assertRefused(write("photo.png", TestImages.png(10, 10)), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"wordpress.refused.type");
		assertRefused(write("empty.xml", new byte[0]), HttpStatus.BAD_REQUEST, "wordpress.refused.empty");
		assertRefused(write("feed.xml", """
				<?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title>
				<item><title>Not WordPress</title></item></channel></rss>""".getBytes(StandardCharsets.UTF_8)),
				HttpStatus.BAD_REQUEST, "wordpress.refused.notAnExport");
		assertRefused(write("broken.xml", "<?xml version=\"1.0\"?><rss><channel>".getBytes(StandardCharsets.UTF_8)),
				HttpStatus.BAD_REQUEST, "wordpress.refused.notAnExport");
		assertRefused(zipOf(Map.of("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))), HttpStatus.BAD_REQUEST,
				"wordpress.refused.zipExports");
		assertRefused(zipOf(Map.of("a.xml", resource(), "b.xml", resource())), HttpStatus.BAD_REQUEST,
				"wordpress.refused.zipExports");
		assertThat(countArticles()).isZero();

		assertThat(this.importer
			.importFile(zipOf(Map.of("site.xml", resource(), "wp-content/uploads/2023/01/feed.xml", resource())), "en",
					ADMIN)
			.imported()).as("an XML file among the uploads is no second export").hasSize(10);
	}

	@Test
	void aTextLongerThanAnyArticleCanHoldIsRefusedBeforeAnythingIsImported() throws IOException {
		String export = new String(resource(), StandardCharsets.UTF_8).replace(
				"<![CDATA[The new plant builds two quay cranes a month.",
				"<![CDATA[" + "x".repeat(ElementText.MAX_LENGTH - 20) + "]]>&amp;<![CDATA[" + "y".repeat(20));

		assertRefused(write("huge.xml", export.getBytes(StandardCharsets.UTF_8)), HttpStatus.BAD_REQUEST,
				"wordpress.refused.textTooLong");
		assertThat(countArticles()).isZero();
	}

	@Test
	void aBodyInSeveralPiecesIsReadWhole() throws IOException {
		String export = new String(resource(), StandardCharsets.UTF_8).replace(
				"<![CDATA[The new plant builds two quay cranes a month.",
				"<![CDATA[" + "a".repeat(50_000) + "]]]]><![CDATA[>" + "b".repeat(50_000)
						+ "]]>&lt;em&gt;tail&lt;/em&gt;<![CDATA[ The new plant builds two quay cranes a month.");

		String body = articles(
				this.importer.importFile(write("pieces.xml", export.getBytes(StandardCharsets.UTF_8)), "en", ADMIN))
			.get(10L)
			.body();

		assertThat(body).contains("a".repeat(50_000) + "]]&gt;" + "b".repeat(50_000) + "<em>tail</em> The new plant");
	}

	@Test
	void anExportCannotReadFilesOfTheServer() throws IOException {
		Path secret = Files.writeString(this.folder.resolve("secret.txt"), "TOP-SECRET-VALUE");
		String export = new String(resource(), StandardCharsets.UTF_8)
			.replace("<rss version", "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<rss version")
			.replace("<![CDATA[Quay crane plant opens]]>", "&xxe;");

		assertRefused(write("xxe.xml", export.getBytes(StandardCharsets.UTF_8)), HttpStatus.BAD_REQUEST,
				"wordpress.refused.notAnExport");
		assertThat(countArticles()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM article WHERE title LIKE '%TOP-SECRET%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aLanguageTheSiteDoesNotHaveIsRefused() throws IOException {
		assertRefused(() -> this.importer.importFile(export(), "fr", ADMIN), HttpStatus.BAD_REQUEST,
				"wordpress.refused.language");
	}

	@Test
	void onlyAdministratorsImport() throws IOException {
		Path export = export();
		for (Role role : new Role[] { Role.EDITOR, Role.AUTHOR }) {
			assertThatExceptionOfType(ForbiddenException.class)
				.isThrownBy(() -> this.importer.importFile(export, "en", Staff.actor(role)));
		}
		assertThat(countArticles()).isZero();
	}

	private void assertRefused(Path file, HttpStatus status, String key) {
		assertRefused(() -> this.importer.importFile(file, "en", ADMIN), status, key);
	}

	private static void assertRefused(ThrowingCallable call, HttpStatus status, String key) {
		assertThatExceptionOfType(ImportRefusedException.class).isThrownBy(call).satisfies((ex) -> {
			assertThat(ex.getStatusCode()).isEqualTo(status);
			assertThat(ex.getMessageKey()).isEqualTo(key);
			assertThat(ex.getReason()).isNotBlank();
		});
	}

	private Map<Long, Article> articles(ImportReport report) {
		return report.imported()
			.stream()
			.collect(Collectors.toMap(Post::wordPressId, (post) -> this.articles.find(post.articleId()).orElseThrow()));
	}

	private static List<Note> notes(ImportReport report, long postId) {
		return report.imported()
			.stream()
			.filter((post) -> post.wordPressId() == postId)
			.findFirst()
			.map(Post::notes)
			.orElseThrow();
	}

	private long countArticles() {
		return this.jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
	}

	private long mediaFiles() throws IOException {
		Path folder = MediaService.mediaFolder(this.properties);
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}

	private static byte[] resource() {
		return WordPressExports.export();
	}

	private Path export() throws IOException {
		return write("export.xml", resource());
	}

	/** The export with the uploads folder, as a site's administrator would zip it. */
	private Path zip() throws IOException {
		return write("upload.zip", WordPressExports.zipWithUploads());
	}

	private Path zipOf(Map<String, byte[]> entries) throws IOException {
		return write("upload.zip", WordPressExports.zip(entries));
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.folder.resolve(System.nanoTime() + "-" + name), bytes);
	}

}
