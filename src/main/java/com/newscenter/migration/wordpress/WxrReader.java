package com.newscenter.migration.wordpress;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.ctc.wstx.stax.WstxInputFactory;

/**
 * Reads a WordPress export (WXR, any version from 1.0) one element at a time, so an
 * export of any size is read in constant memory. Document type declarations are refused:
 * an export never has one, and they are how XML reaches files it should not.
 */
final class WxrReader {

	private static final String WP = "http://wordpress.org/export/";

	private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

	private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

	private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final XMLInputFactory FACTORY = factory();

	/** What the reader hands on as it meets it. */
	interface Handler {

		default void site(String url) {
		}

		default void category(WxrCategory category) {
		}

		void item(WxrItem item);

	}

	private WxrReader() {
	}

	/**
	 * Reads an export to its end.
	 * @param in the export
	 * @param handler what receives the site, its categories and its items
	 * @throws ImportRefusedException when it is not well-formed XML or not a WordPress
	 * export
	 */
	static void read(InputStream in, Handler handler) {
		try {
			XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
			try {
				readDocument(xml, handler);
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			if (ex instanceof ImportRefusedException refused) {
				throw refused;
			}
			if (ex instanceof ImportInterruptedException stopped) {
				throw stopped;
			}
			throw ImportRefusedException.notAnExport(ex.getMessage());
		}
	}

	private static void readDocument(XMLStreamReader xml, Handler handler) throws XMLStreamException {
		if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !"rss".equals(xml.getLocalName())) {
			throw ImportRefusedException.notAnExport("the file is not an RSS document");
		}
		boolean wordPress = false;
		String link = null;
		String baseSiteUrl = null;
		while (xml.hasNext()) {
			if (xml.next() != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = xml.getLocalName();
			if (isWp(xml)) {
				wordPress = true;
				if ("base_site_url".equals(name) || "base_blog_url".equals(name)) {
					baseSiteUrl = (baseSiteUrl != null) ? baseSiteUrl : ElementText.read(xml).strip();
				}
				else if ("category".equals(name)) {
					handler.category(readCategory(xml));
				}
			}
			else if ("link".equals(name) && namespace(xml) == null && link == null) {
				link = ElementText.read(xml).strip();
			}
			else if ("item".equals(name) && namespace(xml) == null) {
				if (!wordPress) {
					throw ImportRefusedException.notAnExport("the RSS document is not a WordPress export");
				}
				if (baseSiteUrl != null || link != null) {
					handler.site((baseSiteUrl != null) ? baseSiteUrl : link);
					baseSiteUrl = null;
					link = null;
				}
				handler.item(readItem(xml));
			}
		}
		if (!wordPress) {
			throw ImportRefusedException.notAnExport("the RSS document is not a WordPress export");
		}
		if (baseSiteUrl != null || link != null) {
			handler.site((baseSiteUrl != null) ? baseSiteUrl : link);
		}
	}

	private static WxrCategory readCategory(XMLStreamReader xml) throws XMLStreamException {
		String slug = "";
		String parent = "";
		String name = "";
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			switch (xml.getLocalName()) {
				case "category_nicename" -> slug = decoded(ElementText.read(xml));
				case "category_parent" -> parent = decoded(ElementText.read(xml));
				case "cat_name" -> name = WordPressText.plain(ElementText.read(xml));
				default -> skip(xml);
			}
		}
		return new WxrCategory(slug, parent, name);
	}

	private static WxrItem readItem(XMLStreamReader xml) throws XMLStreamException {
		ItemFields item = new ItemFields();
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			String name = xml.getLocalName();
			String namespace = namespace(xml);
			if (namespace == null) {
				readPlain(xml, name, item);
			}
			else if (CONTENT.equals(namespace) && "encoded".equals(name)) {
				item.content = ElementText.read(xml);
			}
			else if (DUBLIN_CORE.equals(namespace) && "creator".equals(name)) {
				item.creator = ElementText.read(xml).strip();
			}
			else if (namespace.startsWith(WP) && namespace.endsWith("/excerpt/") && "encoded".equals(name)) {
				item.excerpt = ElementText.read(xml);
			}
			else if (namespace.startsWith(WP)) {
				readWp(xml, name, item);
			}
			else {
				skip(xml);
			}
		}
		return item.toItem();
	}

	private static void readPlain(XMLStreamReader xml, String name, ItemFields item) throws XMLStreamException {
		if ("title".equals(name)) {
			item.title = ElementText.read(xml);
		}
		else if ("link".equals(name)) {
			item.link = ElementText.read(xml).strip();
		}
		else if ("category".equals(name)) {
			String domain = xml.getAttributeValue(null, "domain");
			String nicename = decoded(xml.getAttributeValue(null, "nicename"));
			String text = WordPressText.plain(ElementText.read(xml));
			if ("category".equals(domain) && !nicename.isEmpty()) {
				item.categories.put(nicename, text);
			}
			else if ("language".equals(domain) && !nicename.isEmpty()) {
				item.language = nicename;
			}
			else if ("post_translations".equals(domain) && !nicename.isEmpty()) {
				item.translationGroup = nicename;
			}
		}
		else {
			skip(xml);
		}
	}

	private static void readWp(XMLStreamReader xml, String name, ItemFields item) throws XMLStreamException {
		switch (name) {
			case "post_id" -> item.id = number(ElementText.read(xml));
			case "post_type" -> item.type = ElementText.read(xml).strip();
			case "status" -> item.status = ElementText.read(xml).strip();
			case "post_name" -> item.name = decoded(ElementText.read(xml));
			case "post_date" -> item.date = time(ElementText.read(xml));
			case "post_date_gmt" -> item.dateGmt = time(ElementText.read(xml));
			case "attachment_url" -> item.attachmentUrl = ElementText.read(xml).strip();
			case "postmeta" -> readMeta(xml, item);
			default -> skip(xml);
		}
	}

	private static void readMeta(XMLStreamReader xml, ItemFields item) throws XMLStreamException {
		String key = null;
		String value = null;
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			switch (xml.getLocalName()) {
				case "meta_key" -> key = ElementText.read(xml).strip();
				case "meta_value" -> value = ElementText.read(xml).strip();
				default -> skip(xml);
			}
		}
		if ("_thumbnail_id".equals(key) && value != null && value.matches("\\d{1,18}")) {
			item.thumbnailId = Long.parseLong(value);
		}
	}

	private static void skip(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/** The element's namespace, or {@code null} for none (which Woodstox gives as ""). */
	private static String namespace(XMLStreamReader xml) {
		String namespace = xml.getNamespaceURI();
		return (namespace == null || namespace.isEmpty()) ? null : namespace;
	}

	private static boolean isWp(XMLStreamReader xml) {
		String namespace = namespace(xml);
		return namespace != null && namespace.startsWith(WP) && !namespace.endsWith("/excerpt/");
	}

	private static long number(String text) {
		String digits = text.strip();
		if (!digits.matches("\\d{1,18}")) {
			throw ImportRefusedException.notAnExport("post_id '" + digits + "' is not a number");
		}
		return Long.parseLong(digits);
	}

	/**
	 * Reads a WordPress date; drafts that were never dated carry
	 * {@code 0000-00-00 00:00:00}.
	 */
	private static Instant time(String text) {
		try {
			return LocalDateTime.parse(text.strip(), WP_DATE).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String decoded(String text) {
		if (text == null) {
			return "";
		}
		try {
			return URLDecoder.decode(text.strip().replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text.strip();
		}
	}

	/**
	 * Woodstox, not the JDK's parser: the JDK's keeps a whole CDATA section in memory
	 * before handing it over, Woodstox hands text over in pieces (read by
	 * {@link ElementText}).
	 */
	private static XMLInputFactory factory() {
		XMLInputFactory factory = new WstxInputFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

}
