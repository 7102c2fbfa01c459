package com.newscenter.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.newscenter.account.Actor;
import com.newscenter.banner.Banner;
import com.newscenter.banner.BannerService;
import com.newscenter.category.CategoryService;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleStatus;
import com.newscenter.site.SiteSettings;
import com.newscenter.site.SiteSettingsService;
import com.newscenter.system.NewsCenterProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the bilingual demo site from {@code demo/content.json},
 * kept apart from the schema migrations and switched off with
 * {@code newscenter.demo-content}.
 */
@Component
class DemoContentLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(DemoContentLoader.class);

	private final NewsCenterProperties properties;

	private final CategoryService categories;

	private final ArticleService articles;

	private final ArticleEditor editor;

	private final BannerService banners;

	private final MediaService media;

	private final SiteSettingsService settings;

	private final JsonMapper json;

	private final Clock clock;

	DemoContentLoader(NewsCenterProperties properties, CategoryService categories, ArticleService articles,
			ArticleEditor editor, BannerService banners, MediaService media, SiteSettingsService settings,
			JsonMapper json, Clock clock) {
		this.properties = properties;
		this.categories = categories;
		this.articles = articles;
		this.editor = editor;
		this.banners = banners;
		this.media = media;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Runs before the web server opens, so the first page anyone sees already has the
	 * demo.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (!this.properties.demoContent() || !this.categories.findAll().isEmpty() || this.articles.hasAny()
				|| !this.settings.isEmpty()) {
			return;
		}
		DemoContent content = read();
		this.settings.update(content.settings(), Actor.SYSTEM);
		Map<String, String[]> colours = new HashMap<>();
		for (DemoContent.DemoCategory category : content.categories()) {
			this.categories.create(category.slug(), category.names(), null, Actor.SYSTEM);
		}
		int n = 0;
		for (DemoContent.DemoBanner banner : content.banners()) {
			Media image = this.media.store("banner-" + (++n) + ".png",
					DemoImages.png(1600, 600, banner.colors().get(0), banner.colors().get(1), n));
			this.banners.create(
					new Banner(0, banner.language(), banner.title(), banner.link(), image.id(), n, null, null, true),
					Actor.SYSTEM);
			colours.putIfAbsent(categoryOf(banner.link()), banner.colors().toArray(String[]::new));
		}
		Instant now = this.clock.instant();
		int count = 0;
		// oldest first, as they would have been written: the back office lists the last
		// written first, and the media library the last uploaded
		List<DemoContent.DemoArticle> oldestFirst = content.articles()
			.stream()
			.sorted(Comparator.comparingInt(DemoContent.DemoArticle::hoursAgo).reversed())
			.toList();
		for (DemoContent.DemoArticle article : oldestFirst) {
			String[] colour = colours.getOrDefault(article.categories().get(0), new String[] { "#263238", "#455a64" });
			Media cover = this.media.store(article.key() + ".png",
					DemoImages.png(1200, 675, colour[0], colour[1], article.key().hashCode()));
			Instant publishAt = now.minus(Duration.ofHours(article.hoursAgo()));
			Long original = null;
			for (String lang : List.of("en", "zh")) {
				DemoContent.DemoText text = "en".equals(lang) ? article.en() : article.zh();
				if (text == null) {
					continue;
				}
				Article created = this.editor.create(new ArticleInput(lang, text.title(), text.body(), text.summary(),
						article.categories(), ArticleStatus.PUBLISHED, publishAt, original, cover.id()), Actor.SYSTEM);
				original = (original != null) ? original : created.id();
				count++;
			}
		}
		logger.info("Loaded demo content: {} articles, {} categories, {} banners", count, content.categories().size(),
				content.banners().size());
	}

	private static String categoryOf(String link) {
		int at = (link != null) ? link.indexOf("category=") : -1;
		return (at >= 0) ? link.substring(at + "category=".length()) : "";
	}

	private DemoContent read() {
		try (InputStream in = new ClassPathResource("demo/content.json").getInputStream()) {
			return this.json.readValue(in, DemoContent.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
