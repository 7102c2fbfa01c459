package com.newscenter.feed;

import java.io.OutputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Feed} as Atom 1.0, the full body as HTML content.
 */
final class AtomWriter {

	static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private AtomWriter() {
	}

	static void write(Feed feed, OutputStream out) {
		try (XmlOutput xml = new XmlOutput(out)) {
			XMLStreamWriter w = xml.writer();
			w.writeStartElement("feed");
			w.writeDefaultNamespace(ATOM);
			w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", feed.language());
			xml.element("id", feed.selfUrl());
			xml.element("title", feed.title());
			xml.element("subtitle", feed.description());
			xml.element("updated", XmlOutput.rfc3339(feed.updated()));
			link(w, "self", "application/atom+xml", feed.selfUrl());
			link(w, "alternate", "text/html", feed.pageUrl());
			w.writeStartElement("author");
			xml.element("name", feed.author());
			w.writeEndElement();
			for (FeedEntry entry : feed.entries()) {
				entry(xml, entry);
			}
			w.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new XmlWriteException(ex);
		}
	}

	private static void entry(XmlOutput xml, FeedEntry entry) throws XMLStreamException {
		XMLStreamWriter w = xml.writer();
		w.writeStartElement("entry");
		xml.element("id", entry.url());
		xml.element("title", entry.title());
		link(w, "alternate", "text/html", entry.url());
		xml.element("published", XmlOutput.rfc3339(entry.published()));
		xml.element("updated", XmlOutput.rfc3339(entry.updated()));
		for (FeedEntry.Topic topic : entry.categories()) {
			w.writeEmptyElement("category");
			w.writeAttribute("term", topic.term());
			w.writeAttribute("label", topic.label());
		}
		if (!entry.summary().isEmpty()) {
			xml.element("summary", entry.summary());
		}
		w.writeStartElement("content");
		w.writeAttribute("type", "html");
		w.writeCharacters(entry.html());
		w.writeEndElement();
		w.writeEndElement();
	}

	private static void link(XMLStreamWriter w, String rel, String type, String href) throws XMLStreamException {
		w.writeEmptyElement("link");
		w.writeAttribute("rel", rel);
		w.writeAttribute("type", type);
		w.writeAttribute("href", href);
	}

}
