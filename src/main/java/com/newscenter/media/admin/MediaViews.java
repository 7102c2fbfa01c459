package com.newscenter.media.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.newscenter.banner.Banner;
import com.newscenter.media.Media;
import com.newscenter.media.MediaVariant;
import com.newscenter.news.ArticleSummary;
import com.newscenter.site.DateFormats;
import com.newscenter.site.SiteUrls;

import org.springframework.stereotype.Component;

/**
 * Turns stored images and their uses into the view objects of the media library pages.
 */
@Component
class MediaViews {

	private static final int PREVIEW_WIDTH = 960;

	private final DateFormats dates;

	private final SiteUrls urls;

	MediaViews(DateFormats dates, SiteUrls urls) {
		this.dates = dates;
		this.urls = urls;
	}

	MediaCard card(Media media) {
		return new MediaCard(media.id(), media.originalName(), media.thumbnailUrl(), media.width(), media.height(),
				media.contentType(), size(media.sizeBytes()), "/admin/media/" + media.id());
	}

	MediaDetails details(Media media, MediaUsage usage, String lang) {
		List<MediaDetails.Variant> variants = new ArrayList<>();
		for (MediaVariant variant : media.variants()) {
			variants.add(new MediaDetails.Variant(variant.width(), variant.height(), variant.url(),
					size(variant.sizeBytes())));
		}
		String preview = media.variants()
			.stream()
			.filter((variant) -> variant.width() <= PREVIEW_WIDTH)
			.reduce((narrower, wider) -> wider)
			.map(MediaVariant::url)
			.orElse(media.url());
		return new MediaDetails(card(media), media.url(), preview, this.urls.absolute(media.url()),
				this.dates.date(media.createdAt(), lang), variants, uses(media, usage));
	}

	private static List<MediaUse> uses(Media media, MediaUsage usage) {
		List<MediaUse> uses = new ArrayList<>();
		for (ArticleSummary article : usage.articles()) {
			boolean cover = article.coverMediaId() != null && article.coverMediaId() == media.id();
			uses.add(new MediaUse(cover ? "cover" : "text", article.title(), article.language(),
					article.status().code(), "/admin/articles/" + article.id()));
		}
		for (Banner banner : usage.banners()) {
			uses.add(new MediaUse("banner", banner.title(), banner.language(), null, "/admin/banners"));
		}
		return uses;
	}

	static String size(long bytes) {
		if (bytes >= 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
		}
		if (bytes >= 1024) {
			return String.format(Locale.ROOT, "%d KB", Math.round(bytes / 1024.0));
		}
		return bytes + " B";
	}

}
