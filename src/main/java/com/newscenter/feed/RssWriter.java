package com.newscenter.feed;

import java.io.OutputStream;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Feed} as RSS 2.0, the full body in {@code content:encoded}.
 */
final class RssWriter {

	static final String CONTENT_TYPE = "application/rss+xml;charset=UTF-8";

	private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private RssWriter() {
	}

	static void write(Feed feed, OutputStream out) {
		try (XmlOutput xml = new XmlOutput(out)) {
			XMLStreamWriter w = xml.writer();
			w.writeStartElement("rss");
			w.writeAttribute("version", "2.0");
			w.writeNamespace("content", CONTENT);
			w.writeNamespace("atom", ATOM);
			w.writeStartElement("channel");
			xml.element("title", feed.title());
			xml.element("link", feed.pageUrl());
			xml.element("description", feed.description());
			xml.element("language", feed.language().toLowerCase(Locale.ROOT));
			xml.element("lastBuildDate", XmlOutput.rfc822(feed.updated()));
			w.writeEmptyElement("atom", "link", ATOM);
			w.writeAttribute("href", feed.selfUrl());
			w.writeAttribute("rel", "self");
			w.writeAttribute("type", "application/rss+xml");
			for (FeedEntry entry : feed.entries()) {
				item(xml, entry);
			}
			w.writeEndElement();
			w.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new XmlWriteException(ex);
		}
	}

	private static void item(XmlOutput xml, FeedEntry entry) throws XMLStreamException {
		XMLStreamWriter w = xml.writer();
		w.writeStartElement("item");
		xml.element("title", entry.title());
		xml.element("link", entry.url());
		w.writeStartElement("guid");
		w.writeAttribute("isPermaLink", "true");
		w.writeCharacters(entry.url());
		w.writeEndElement();
		xml.element("pubDate", XmlOutput.rfc822(entry.published()));
		for (FeedEntry.Topic topic : entry.categories()) {
			xml.element("category", topic.label());
		}
		xml.element("description", entry.summary());
		w.writeStartElement("content", "encoded", CONTENT);
		w.writeCData(entry.html().replace("]]>", "]]]]><![CDATA[>"));
		w.writeEndElement();
		w.writeEndElement();
	}

}
