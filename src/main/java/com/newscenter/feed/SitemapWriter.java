package com.newscenter.feed;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.newscenter.news.SitemapEntries;
import com.newscenter.news.SitemapEntry;
import com.newscenter.site.Alternate;
import com.newscenter.site.Languages;
import com.newscenter.site.SiteUrls;

import org.springframework.stereotype.Component;

/**
 * Streams {@code /sitemap.xml} and its per-language files: each URL is written as its row
 * is read, with {@code lastmod} and {@code hreflang} alternates.
 */
@Component
class SitemapWriter {

	static final String CONTENT_TYPE = "application/xml;charset=UTF-8";

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** The paths after {@code /{lang}} of each language's fixed URLs, in plan order. */
	private static final List<String> FIXED_PATHS = List.of("/", "/news");

	private final SitemapEntries entries;

	private final Languages languages;

	private final SiteUrls urls;

	private final int maxUrls;

	SitemapWriter(SitemapEntries entries, Languages languages, SiteUrls urls, FeedProperties properties) {
		this.entries = entries;
		this.languages = languages;
		this.urls = urls;
		this.maxUrls = properties.sitemapMaxUrls();
	}

	SitemapPlan plan() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String language : this.languages.all()) {
			counts.put(language, this.entries.countPublished(language));
		}
		return new SitemapPlan(this.languages.all(), counts, this.maxUrls);
	}

	/**
	 * Writes {@code /sitemap.xml}: every URL, or an index of the per-language files when
	 * they are too many for one.
	 * @param plan the plan
	 * @param out where to write
	 */
	void writeRoot(SitemapPlan plan, OutputStream out) {
		String base = this.urls.base();
		try (XmlOutput xml = new XmlOutput(out)) {
			XMLStreamWriter w = xml.writer();
			if (plan.needsIndex()) {
				w.writeStartElement("sitemapindex");
				w.writeDefaultNamespace(SITEMAP);
				for (String language : plan.languages()) {
					for (int page = 1; page <= plan.pages(language); page++) {
						w.writeStartElement("sitemap");
						xml.element("loc", base + "/sitemap-" + language + "-" + page + ".xml");
						w.writeEndElement();
					}
				}
			}
			else {
				startUrlset(w);
				for (String language : plan.languages()) {
					writeSlice(xml, base, language, plan.all(language));
				}
			}
			w.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new XmlWriteException(ex);
		}
	}

	/**
	 * Writes one per-language file of the index.
	 * @param plan the plan, which must have that page
	 * @param language the language
	 * @param page the file's number, from 1
	 * @param out where to write
	 */
	void writePage(SitemapPlan plan, String language, int page, OutputStream out) {
		String base = this.urls.base();
		try (XmlOutput xml = new XmlOutput(out)) {
			startUrlset(xml.writer());
			writeSlice(xml, base, language, plan.slice(page));
			xml.writer().writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new XmlWriteException(ex);
		}
	}

	private void startUrlset(XMLStreamWriter w) throws XMLStreamException {
		w.writeStartElement("urlset");
		w.writeDefaultNamespace(SITEMAP);
		w.writeNamespace("xhtml", XHTML);
	}

	private void writeSlice(XmlOutput xml, String base, String language, SitemapPlan.Slice slice)
			throws XMLStreamException {
		for (int i = slice.fixedFrom(); i < slice.fixedTo(); i++) {
			Map<String, String> versions = new LinkedHashMap<>();
			for (String code : this.languages.all()) {
				versions.put(code, base + "/" + code + FIXED_PATHS.get(i));
			}
			url(xml, versions.get(language), null, versions);
		}
		this.entries.forEachPublished(language, slice.offset(), slice.limit(), (entry) -> {
			try {
				url(xml, base + SiteUrls.article(language, entry.id()), XmlOutput.rfc3339(entry.lastModified()),
						versions(base, entry));
			}
			catch (XMLStreamException ex) {
				throw new XmlWriteException(ex);
			}
		});
	}

	private void url(XmlOutput xml, String loc, String lastmod, Map<String, String> versions)
			throws XMLStreamException {
		XMLStreamWriter w = xml.writer();
		w.writeStartElement("url");
		xml.element("loc", loc);
		xml.element("lastmod", lastmod);
		for (Alternate alternate : Alternate.of(versions, this.languages.defaultLanguage())) {
			w.writeEmptyElement("xhtml", "link", XHTML);
			w.writeAttribute("rel", "alternate");
			w.writeAttribute("hreflang", alternate.hreflang());
			w.writeAttribute("href", alternate.url());
		}
		w.writeEndElement();
	}

	private static Map<String, String> versions(String base, SitemapEntry entry) {
		Map<String, String> versions = new LinkedHashMap<>();
		entry.translations().forEach((code, id) -> versions.put(code, base + SiteUrls.article(code, id)));
		return versions;
	}

}
