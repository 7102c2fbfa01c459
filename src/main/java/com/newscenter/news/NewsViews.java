package com.newscenter.news;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.site.DateFormats;
import com.newscenter.site.SiteUrls;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns articles into the view objects the public templates show.
 */
@Component
class NewsViews {

	private final CategoryService categories;

	private final MediaService media;

	private final DateFormats dates;

	private final SiteUrls urls;

	private final QrCodes qrCodes;

	private final MessageSource messages;

	/**
	 * A QR code depends only on its URL; drawing one costs more than the rest of the
	 * page.
	 */
	private final Cache<String, String> qrCache = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	NewsViews(CategoryService categories, MediaService media, DateFormats dates, SiteUrls urls, QrCodes qrCodes,
			MessageSource messages) {
		this.categories = categories;
		this.media = media;
		this.dates = dates;
		this.urls = urls;
		this.qrCodes = qrCodes;
		this.messages = messages;
	}

	List<ArticleCard> cards(List<ArticleSummary> articles, String lang) {
		Map<Long, Media> covers = covers(articles.stream().map(ArticleSummary::coverMediaId).toList());
		List<ArticleCard> cards = new ArrayList<>(articles.size());
		for (ArticleSummary article : articles) {
			cards.add(new ArticleCard(article.id(), article.title(), article.summary(),
					SiteUrls.article(article.language(), article.id()), this.dates.date(article.publishedAt(), lang),
					this.dates.iso(article.publishedAt()), image(covers.get(article.coverMediaId()), article.title()),
					categoryLinks(article.categoryIds(), lang, null)));
		}
		return cards;
	}

	ArticlePage page(Article article, long views, ArticleSummary newer, ArticleSummary older,
			List<ArticleSummary> related) {
		String lang = article.language();
		String canonical = this.urls.absolute(SiteUrls.article(lang, article.id()));
		String qrTitle = this.messages.getMessage("article.qr", null, Locale.forLanguageTag(lang));
		String qr = this.qrCache.get(canonical + "|" + qrTitle, (key) -> this.qrCodes.svg(canonical, qrTitle));
		ImageView cover = (article.coverMediaId() != null)
				? image(this.media.findById(article.coverMediaId()).orElse(null), article.title()) : null;
		return new ArticlePage(article.id(), article.title(), article.summary(), article.body(),
				this.dates.date(article.publishedAt(), lang), this.dates.iso(article.publishedAt()), views, cover,
				categoryLinks(article.categoryIds(), lang, null), canonical, qr, card(newer, lang), card(older, lang),
				cards(related, lang));
	}

	/**
	 * Returns the category links of a news list, the current one marked.
	 * @param lang the page's language
	 * @param current the category shown, or {@code null}
	 * @return the links
	 */
	List<CategoryLink> filter(String lang, Category current) {
		List<Long> ids = this.categories.findAll().stream().map(Category::id).toList();
		return categoryLinks(ids, lang, current);
	}

	private ArticleCard card(ArticleSummary article, String lang) {
		return (article != null) ? cards(List.of(article), lang).get(0) : null;
	}

	private List<CategoryLink> categoryLinks(Collection<Long> ids, String lang, Category current) {
		List<CategoryLink> links = new ArrayList<>();
		for (Long id : ids) {
			this.categories.findById(id)
				.ifPresent((category) -> links.add(new CategoryLink(category.slug(), category.name(lang),
						"/" + lang + "/news?category=" + category.slug(),
						current != null && current.id() == category.id())));
		}
		return links;
	}

	private Map<Long, Media> covers(List<Long> ids) {
		Map<Long, Media> covers = new HashMap<>();
		List<Long> wanted = ids.stream().filter((id) -> id != null).distinct().toList();
		for (Media image : this.media.findAllById(wanted)) {
			covers.put(image.id(), image);
		}
		return covers;
	}

	private static ImageView image(Media media, String alt) {
		return ImageView.of(media, alt);
	}

}
