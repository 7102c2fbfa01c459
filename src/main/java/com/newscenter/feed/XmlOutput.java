package com.newscenter.feed;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams UTF-8 XML with a few shorthands; the date formats feeds and sitemaps use.
 */
final class XmlOutput implements AutoCloseable {

	/**
	 * The JDK's own writer, whichever others the class path holds (Woodstox, for the
	 * import).
	 */
	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

	/** RFC 822 dates, as RSS 2.0 wants them, with a four-digit year, in GMT. */
	private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
			Locale.ENGLISH);

	private final XMLStreamWriter xml;

	XmlOutput(OutputStream out) {
		try {
			this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			this.xml.writeStartDocument("UTF-8", "1.0");
		}
		catch (XMLStreamException ex) {
			throw new XmlWriteException(ex);
		}
	}

	XMLStreamWriter writer() {
		return this.xml;
	}

	/**
	 * Writes an element holding only text; nothing for a {@code null} text.
	 * @param name the element's name
	 * @param text its text
	 * @throws XMLStreamException when the stream fails
	 */
	void element(String name, String text) throws XMLStreamException {
		if (text != null) {
			this.xml.writeStartElement(name);
			this.xml.writeCharacters(text);
			this.xml.writeEndElement();
		}
	}

	void element(String prefix, String namespace, String name, String text) throws XMLStreamException {
		if (text != null) {
			this.xml.writeStartElement(prefix, name, namespace);
			this.xml.writeCharacters(text);
			this.xml.writeEndElement();
		}
	}

	@Override
	public void close() {
		try {
			this.xml.writeEndDocument();
			this.xml.flush();
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			throw new XmlWriteException(ex);
		}
	}

	/** RFC 3339 in UTC, whole seconds: Atom dates, sitemap {@code lastmod}. */
	static String rfc3339(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	static String rfc822(Instant instant) {
		return RFC_822.format(instant.atOffset(ZoneOffset.UTC));
	}

}
