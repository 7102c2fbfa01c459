package com.newscenter.feed;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.newscenter.news.RecentArticle;
import com.newscenter.news.SitemapEntries;
import com.newscenter.site.Languages;
import com.newscenter.site.SiteSettings;
import com.newscenter.site.SiteSettingsService;
import com.newscenter.site.SiteUrls;

import org.springframework.stereotype.Component;

/**
 * Streams the Google news sitemap: the articles published in the last 48 hours (by
 * default), with their publication, date and title.
 */
@Component
class NewsSitemapWriter {

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

	private final SitemapEntries entries;

	private final Languages languages;

	private final SiteSettingsService settings;

	private final SiteUrls urls;

	private final Clock clock;

	private final Duration window;

	private final int maxUrls;

	NewsSitemapWriter(SitemapEntries entries, Languages languages, SiteSettingsService settings, SiteUrls urls,
			Clock clock, FeedProperties properties) {
		this.entries = entries;
		this.languages = languages;
		this.settings = settings;
		this.urls = urls;
		this.clock = clock;
		this.window = properties.newsWindow();
		this.maxUrls = properties.newsMaxUrls();
	}

	void write(OutputStream out) {
		String base = this.urls.base();
		SiteSettings site = this.settings.get();
		Instant now = this.clock.instant();
		AtomicInteger left = new AtomicInteger(this.maxUrls);
		try (XmlOutput xml = new XmlOutput(out)) {
			XMLStreamWriter w = xml.writer();
			w.writeStartElement("urlset");
			w.writeDefaultNamespace(SITEMAP);
			w.writeNamespace("news", NEWS);
			for (String language : this.languages.all()) {
				String name = site.siteName(language);
				String tag = this.languages.tag(language).toLowerCase(Locale.ROOT);
				this.entries.forEachRecent(language, now.minus(this.window), now, left.get(), (article) -> {
					left.decrementAndGet();
					try {
						url(xml, base, name, tag, article);
					}
					catch (XMLStreamException ex) {
						throw new XmlWriteException(ex);
					}
				});
			}
			w.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new XmlWriteException(ex);
		}
	}

	private static void url(XmlOutput xml, String base, String name, String tag, RecentArticle article)
			throws XMLStreamException {
		XMLStreamWriter w = xml.writer();
		w.writeStartElement("url");
		xml.element("loc", base + SiteUrls.article(article.language(), article.id()));
		w.writeStartElement("news", "news", NEWS);
		w.writeStartElement("news", "publication", NEWS);
		xml.element("news", NEWS, "name", name);
		xml.element("news", NEWS, "language", tag);
		w.writeEndElement();
		xml.element("news", NEWS, "publication_date", XmlOutput.rfc3339(article.publishedAt()));
		xml.element("news", NEWS, "title", article.title());
		w.writeEndElement();
		w.writeEndElement();
	}

}
